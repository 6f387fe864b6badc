/**
 * Creates the database and every service's roles and schema (the one step that needs a superuser). Used by
 * docker-compose's setup container; `pnpm start` does the same itself. Services migrate their own schema on start.
 */
import { ensureDatabase, ensureServiceRoles } from '@trustops/service-kit';
import { SUBGRAPHS } from '@trustops/launcher';

async function main() {
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = new URL(process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/trustops').pathname.slice(1);
  await ensureDatabase(adminUrl, database);
  for (const spec of SUBGRAPHS) await ensureServiceRoles(adminUrl, database, spec.schema!);
  console.log(`database ${database} ready for ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
