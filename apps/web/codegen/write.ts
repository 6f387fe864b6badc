import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles, OUTPUT_DIR, WEB_DIR } from './generate';

/**
 * `pnpm codegen` rewrites src/gql/ from the supergraph and the operations in src/.
 * `--check` writes nothing and prints, as JSON, the files that differ from what it would write (the unit spec
 * runs it in its own process: the codegen CLI loads ES modules, which Jest on Node 20 cannot require).
 */
async function main() {
  const files = await generatedFiles();
  const dir = join(WEB_DIR, OUTPUT_DIR);
  const committed = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.spec.ts'))
    .map((entry) => `${OUTPUT_DIR}${entry.name}`);
  if (process.argv.includes('--check')) {
    const differ = files.filter(
      (f) => !existsSync(join(WEB_DIR, f.path)) || readFileSync(join(WEB_DIR, f.path), 'utf8') !== f.content,
    );
    const extra = committed.filter((path) => !files.some((f) => f.path === path));
    console.log(JSON.stringify([...differ.map((f) => f.path), ...extra]));
    return;
  }
  for (const path of committed) rmSync(join(WEB_DIR, path));
  for (const file of files) {
    mkdirSync(dirname(join(WEB_DIR, file.path)), { recursive: true });
    writeFileSync(join(WEB_DIR, file.path), file.content);
  }
  console.log(`codegen: wrote ${files.map((f) => f.path).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
