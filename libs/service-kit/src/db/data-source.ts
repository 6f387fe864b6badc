import { DataSource, MixedList, EntitySchema } from 'typeorm';
import { serviceDatabaseUrl } from '../config/config';

export interface DatabaseOptions {
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/** A service connects as its own owner role; requests narrow to `<schema>_app` per transaction. */
export function createServiceDataSource(databaseUrl: string, options: DatabaseOptions): DataSource {
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
    extra: { max: options.poolSize ?? 10, application_name: options.schema },
  });
}

/** Migrations run once even when several replicas start together. */
export async function migrate(ds: DataSource, schema: string): Promise<void> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await qr.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]).catch(() => undefined);
    await qr.release();
  }
}
