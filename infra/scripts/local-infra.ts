import { spawn, spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT, startEmbeddedPostgres } from '@trustops/launcher';

export interface Started {
  name: string;
  stop(): Promise<void>;
}
export interface Postgres {
  adminUrl: string;
  databaseUrl: string;
  databaseName: string;
  description: string;
  /** Set when the server admits only so many clients (the embedded one): the stack sizes its pools from it. */
  maxConnections?: number;
}

const DATABASE = 'trustops';
const DATA_DIR = join(REPO_ROOT, '.data');

export const answers = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL if set; else PostgreSQL on 127.0.0.1:5432; else (or with TRUSTOPS_EMBEDDED_PG=true) an embedded PGlite under .data/. */
export async function findPostgres(started: Started[]): Promise<Postgres> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const admin = new URL(process.env.DATABASE_ADMIN_URL ?? url.toString());
    if (!process.env.DATABASE_ADMIN_URL) {
      admin.username = 'postgres';
      admin.pathname = '/postgres';
    }
    return {
      adminUrl: admin.toString(),
      databaseUrl: url.toString(),
      databaseName: url.pathname.slice(1) || DATABASE,
      description: `DATABASE_URL (${url.host})`,
    };
  }
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (process.env.TRUSTOPS_EMBEDDED_PG !== 'true' && (await answers('127.0.0.1', 5432))) {
    if (!(await canConnect(adminUrl))) {
      throw new Error(
        `PostgreSQL answers on 127.0.0.1:5432 but ${adminUrl} cannot sign in. Set DATABASE_ADMIN_URL to a superuser URL (used once to create roles) and DATABASE_URL to the database.`,
      );
    }
    return {
      adminUrl,
      databaseUrl: `postgres://127.0.0.1:5432/${DATABASE}`,
      databaseName: DATABASE,
      description: 'PostgreSQL on 127.0.0.1:5432',
    };
  }
  return startPglite(started);
}

/** PGlite behind a socket (libs/launcher), for machines with no PostgreSQL. Development only. */
async function startPglite(started: Started[]): Promise<Postgres> {
  const port = 54329;
  const pg = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'pglite'), port });
  started.push({ name: 'pglite', stop: () => pg.stop() });
  return {
    adminUrl: pg.adminUrl,
    databaseUrl: pg.databaseUrl(DATABASE),
    databaseName: DATABASE,
    maxConnections: pg.maxConnections,
    description: `PGlite in .data/pglite on port ${port} (${pg.description})`,
  };
}

/** REDIS_URL if set; else Redis on 127.0.0.1:6379; else redis-server from PATH for this session. */
export async function findRedis(started: Started[]): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (await answers('127.0.0.1', 6379)) return 'redis://127.0.0.1:6379';
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'No Redis on 127.0.0.1:6379 and no redis-server on PATH. Install Redis (apt-get install redis-server) or set REDIS_URL.',
    );
  }
  const child = spawn('redis-server', ['--port', '6379', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  started.push({
    name: 'redis',
    stop: async () => {
      child.kill('SIGTERM');
    },
  });
  for (let i = 0; i < 50 && !(await answers('127.0.0.1', 6379)); i++) await new Promise((r) => setTimeout(r, 100));
  return 'redis://127.0.0.1:6379';
}
