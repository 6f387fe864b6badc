import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { poolSizeFor } from './connection-budget';
import { PGliteSessionQueue } from './pglite-session-queue';
import { REPO_ROOT } from './services';

/**
 * How many clients the embedded server admits; past it pglite-socket drops the connection. Every service's pool,
 * its LISTEN connection and a few admin connections have to fit (poolSizeFor: 2 each). PGlite runs one statement
 * at a time however many connections there are, so more would only wait on each other.
 */
export const EMBEDDED_MAX_CONNECTIONS = 20;

export interface EmbeddedPostgres {
  adminUrl: string;
  /** DATABASE_URL for the services (each swaps in its own role). */
  databaseUrl(database: string): string;
  port: number;
  maxConnections: number;
  /** What `pnpm start` says about it. */
  description: string;
  stop(): Promise<void>;
}

/**
 * PGlite (PostgreSQL compiled to WASM) behind pglite-socket, for machines with no PostgreSQL. Development only.
 * pglite-socket multiplexes every client onto PGlite's one session; PGliteSessionQueue gives a client the session
 * from its first message until PostgreSQL says it is idle again, so neither a request's transaction (with its
 * transaction-local `set_config('app.trust_id', …)`) nor a statement's Parse…Sync ever mixes with another client's.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  // Loaded only when there is no PostgreSQL: optional at run time, and typed loosely for that reason.
  /* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
  let modules: { PGlite: any; PGLiteSocketServer: any; pg_trgm: any };
  try {
    modules = {
      PGlite: require('@electric-sql/pglite').PGlite,
      PGLiteSocketServer: require('@electric-sql/pglite-socket').PGLiteSocketServer,
      // The extensions the schema uses must be loaded when PGlite starts (CREATE EXTENSION then finds them).
      pg_trgm: require('@electric-sql/pglite/contrib/pg_trgm').pg_trgm,
    };
    /* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
  } catch {
    throw new Error(
      'No PostgreSQL on 127.0.0.1:5432 and the embedded PGlite is not installed. Install PostgreSQL 15+ (apt-get install postgresql) or set DATABASE_URL.',
    );
  }
  const maxConnections = options.maxConnections ?? EMBEDDED_MAX_CONNECTIONS;
  mkdirSync(options.dataDir, { recursive: true });
  const db = await modules.PGlite.create(options.dataDir, { extensions: { pg_trgm: modules.pg_trgm } });
  const server = new modules.PGLiteSocketServer({ db, port: options.port, host: '127.0.0.1', maxConnections });
  // Its handlers take the queue from the server as they are made: swapped before any connection.
  if (!('queryQueue' in server))
    throw new Error(
      '@electric-sql/pglite-socket no longer has the queryQueue that PGliteSessionQueue replaces: check embedded-postgres.ts',
    );
  server.queryQueue = new PGliteSessionQueue(db);
  await server.start();
  return describe(options.port, maxConnections, async () => {
    await server.stop();
    await db.close();
  });
}

/**
 * The same server as a child process (tests: Jest's module sandbox cannot run PGlite's WASM loader). Resolves
 * once it accepts connections; stop() ends it.
 */
export async function spawnEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  const maxConnections = options.maxConnections ?? EMBEDDED_MAX_CONNECTIONS;
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(__dirname, 'swc-register.js'),
      join(__dirname, 'embedded-postgres-process.ts'),
      options.dataDir,
      String(options.port),
      String(maxConnections),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('embedded PostgreSQL ready')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code}):\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return describe(options.port, maxConnections, async () => {
    child.kill('SIGTERM');
    await exited;
  });
}

function describe(port: number, maxConnections: number, stop: () => Promise<void>): EmbeddedPostgres {
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    databaseUrl: (database) => `postgres://127.0.0.1:${port}/${database}`,
    port,
    maxConnections,
    description: `embedded PostgreSQL: ${maxConnections} connections, ${poolSizeFor(maxConnections)} per service`,
    stop,
  };
}
