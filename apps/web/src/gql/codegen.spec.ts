import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const WEB_DIR = join(__dirname, '../..');

/** CI's guard on the generated operations: the supergraph or an operation changed without `pnpm codegen`. */
describe('generated GraphQL types (src/gql)', () => {
  it('match the supergraph and the operations in src, as `pnpm codegen` writes them', () => {
    const out = execFileSync(process.execPath, ['-r', '@swc-node/register', 'codegen/write.ts', '--check'], {
      cwd: WEB_DIR,
      encoding: 'utf8',
    });
    const stale = JSON.parse(out.trim().split('\n').pop() ?? '[]') as string[];
    expect(stale).toEqual([]);
  }, 120_000);
});
