import { Client } from 'pg';
import { assertIdentifier, serviceRoles } from './roles';

/**
 * What a superuser does once per cluster and database: the database, the three roles of each service and
 * its schema. Idempotent: safe on every start. Everything after this runs as the non-superuser owner.
 */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  assertIdentifier(database);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
}

export async function ensureServiceRoles(adminUrl: string, database: string, schema: string): Promise<void> {
  const { owner, app, system } = serviceRoles(assertIdentifier(schema));
  const url = new URL(adminUrl);
  url.pathname = `/${assertIdentifier(database)}`;
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    // Roles are cluster-wide and tests create them concurrently: serialise on an advisory lock.
    await admin.query('SELECT pg_advisory_lock(74201)');
    for (const [role, login] of [
      [owner, true],
      [app, false],
      [system, false],
    ] as const) {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (!rowCount)
        await admin.query(
          `CREATE ROLE ${role} ${login ? 'LOGIN' : 'NOLOGIN'} NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`,
        );
    }
    // NOINHERIT: the login may SET ROLE to _app or _system, but their policies do not apply to it until it does,
    // so a connection that never narrows itself sees no tenant rows at all.
    await admin.query(`ALTER ROLE ${owner} NOINHERIT`);
    await admin.query(`GRANT ${app}, ${system} TO ${owner}`);
    await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${owner}`);
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${owner}`);
    // Trigram indexes make "words anywhere in a name" searches index lookups (directory's People page); only a
    // superuser may add the extension, so it is added here, once per database.
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${app}, ${system}`);
    await admin.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    );
    await admin.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${app}, ${system}`,
    );
    await admin.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT EXECUTE ON FUNCTIONS TO ${app}, ${system}`,
    );
  } finally {
    await admin.query('SELECT pg_advisory_unlock(74201)').catch(() => undefined);
    await admin.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${assertIdentifier(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
