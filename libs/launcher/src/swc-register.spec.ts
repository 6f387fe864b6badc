import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './services';

/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS modules of the require hook and of swc-node, compared as they load */
const ours: { compile(source: string, filename: string): { code: string } } = require('./swc-compile');
const swcNode: {
  compile(source: string, filename: string, options: Record<string, unknown>): string;
} = require('@swc-node/register/register');
const { readDefaultTsConfig } = require('@swc-node/register/read-default-tsconfig');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every TypeScript file a service process loads from the repository (the dashboard is Vite's). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('swc-register (what the launcher runs services with)', () => {
  it('compiles every service and library source file exactly as @swc-node/register does', () => {
    const files = ['apps', 'libs']
      .flatMap((top) =>
        readdirSync(join(REPO_ROOT, top))
          .filter((name) => name !== 'web')
          .map((name) => join(REPO_ROOT, top, name, 'src')),
      )
      .flatMap((dir) => sources(dir));
    expect(files.length).toBeGreaterThan(100);
    // What @swc-node/register reads from a service's folder (each extends tsconfig.base.json), as it registers.
    const options = {
      ...readDefaultTsConfig(join(REPO_ROOT, 'apps', 'support-desk', 'tsconfig.json')),
      module: 1 /* CommonJS */,
    };
    const differing = files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      const theirs = swcNode.compile(source, file, { ...options }).replace(/\n\/\/# sourceMappingURL=data:[^\n]*$/, '');
      return ours.compile(source, file).code !== theirs;
    });
    expect(differing).toEqual([]);
  });
});
