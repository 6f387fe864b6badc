/**
 * `pnpm rebuild-reporting <trust code or id>`: builds a trust's leadership-reporting rollups again from the
 * services' events. Uses DATABASE_ADMIN_URL (or postgres@127.0.0.1) on the database named by DATABASE_URL, then
 * tells the trust's open boards (REDIS_URL) to refetch.
 */
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { liveChannel } from '@trustops/service-kit';
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
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  await redis
    .connect()
    .then(() => redis.publish(liveChannel(database, 'leadership-reporting'), rows[0].id))
    .catch(() => console.log('open boards were not told (Redis not answering); they refresh within a minute'));
  redis.disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
