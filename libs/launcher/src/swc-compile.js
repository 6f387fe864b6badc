'use strict';
/**
 * The swc options and on-disk cache behind swc-register.js, apart so a test can compare the output with
 * @swc-node/register's without installing any hook. The options are what @swc-node/register derives from
 * tsconfig.base.json (swc-register.spec.ts checks every source file); change them together.
 */
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, writeFileSync, renameSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const swc = require('@swc/core');

const swcOptions = (filename) => ({
  filename,
  jsc: {
    target: 'es2023',
    externalHelpers: false,
    parser: { syntax: 'typescript', tsx: false, decorators: true, dynamicImport: true },
    transform: {
      legacyDecorator: true,
      decoratorVersion: '2021-12',
      decoratorMetadata: true,
      useDefineForClassFields: true,
      hidden: { jest: false },
    },
    keepClassNames: true,
    paths: {},
    experimental: { keepImportAttributes: true },
  },
  minify: false,
  isModule: true,
  module: { type: 'commonjs', noInterop: false, ignoreDynamic: false },
  sourceMaps: true,
  inlineSourcesContent: true,
  swcrc: false,
});

const cacheDir = process.env.TRUSTOPS_SWC_CACHE_DIR ?? join(tmpdir(), `trustops-swc-${process.getuid?.() ?? 'user'}`);
const salt = `${swc.version}\0${JSON.stringify(swcOptions(''))}`;
mkdirSync(cacheDir, { recursive: true });

function compile(source, filename) {
  const file = join(
    cacheDir,
    `${createHash('sha256').update(salt).update('\0').update(filename).update('\0').update(source).digest('hex')}.json`,
  );
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    const { code, map } = swc.transformSync(source, swcOptions(filename));
    // Written whole then renamed, so a concurrent start never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(partial, JSON.stringify({ code, map }));
      renameSync(partial, file);
    } catch {
      /* a cache miss next time */
    }
    return { code, map };
  }
}

module.exports = { compile, swcOptions };
