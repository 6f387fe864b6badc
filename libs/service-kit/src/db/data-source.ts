import { DataSource, MigrationExecutor, MixedList, EntitySchema } from 'typeorm';
import { serviceDatabaseUrl } from '../config/config';
import { createLogger } from '../logging/logger';

export interface DatabaseOptions {
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** How long a request waits for a pooled connection; CONNECT_TIMEOUT_MS unless a test wants less. */
  connectTimeoutMs?: number;
}

/**
 * How long a request waits for a pooled connection (pool full, or a server that accepts and never answers)
 * before it fails with an error the caller can retry, instead of waiting for ever.
 */
export const CONNECT_TIMEOUT_MS = 15_000;

/** A service connects as its own owner role; requests narrow to `<schema>_app` per transaction. */
export function createServiceDataSource(databaseUrl: string, options: DatabaseOptions): DataSource {
  const logger = createLogger('Database');
  return new DataSource({
    type: 'postgres',
    url: serviceDatabaseUrl(databaseUrl, options.schema),
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    // pg's pool drops a client whose connection fails while idle and reports it here (TypeORM's default handler
    // logs through its own logger, which is off): handled, so warn, and the next request gets a fresh connection.
    poolErrorHandler: (error: Error) =>
      logger.warn(
        { err: { message: error.message, code: (error as { code?: string }).code } },
        'idle database connection lost; the pool opens a new one',
      ),
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.schema,
      connectionTimeoutMillis: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
  });
}

/**
 * Migrations run once even when several replicas start together. The lock and the migrations share one
 * connection, so migrating needs a single connection of the pool (DB_POOL_SIZE may be 1).
 */
export async function migrate(ds: DataSource, schema: string): Promise<void> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    const executor = new MigrationExecutor(ds, qr);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await qr.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]).catch(() => undefined);
    await qr.release();
  }
}
