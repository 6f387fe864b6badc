/**
 * `pnpm rebuild-reporting <trust code or id>`: builds a trust's leadership-reporting rollups again from the
 * services' events. Uses DATABASE_ADMIN_URL (or postgres@127.0.0.1) on the database named by DATABASE_URL.
 */
import { Client } from 'pg';
import { rebuildTrust } from '../../apps/leadership-reporting/src/rollups/rebuild';

async function main() {
  const which = process.argv[2];
  if (!which) throw new Error('Name the trust: pnpm rebuild-reporting NLT (its code) or its id');
  const database = new URL(process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/trustops').pathname.slice(1);
  const admin = new URL(process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  admin.pathname = `/${database}`;
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  const { rows } = await client.query('SELECT id FROM directory.trust WHERE id::text = $1 OR code = $1', [which]);
  await client.end();
  if (!rows.length) throw new Error(`No trust "${which}" in ${database}`);
  const result = await rebuildTrust(admin.toString(), rows[0].id);
  console.log(`rebuilt ${which}: ${result.events} events folded in ${result.ms.toFixed(0)} ms`);
}

main().catch((error) => { console.error(error instanceof Error ? error.message : error); process.exit(1); });
