/**
 * A consumer in its own process, for the kill-and-restart test: each event inserts one row into `applied`
 * after a short pause, so a SIGKILL lands mid-batch.
 */
import 'reflect-metadata';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { withScopedTransaction } from '../../db/tenant-db';
import { startConsumer } from '../event-consumer';

const schema = process.env.KIT_SCHEMA!;
const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, extra: { max: 8 } });
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

dataSource.initialize().then(() => {
  startConsumer({
    consumer: 'kit-test',
    schema,
    redis,
    prefix: process.env.QUEUE_PREFIX!,
    concurrency: 4,
    lockDurationMs: 1000,
    runInTrust: (trustId, work) =>
      withScopedTransaction(dataSource, schema, { kind: 'tenant', actor: { trustId, schoolIds: null } }, work),
    handle: async (event, em) => {
      await em.query(`INSERT INTO ${schema}.applied (event_id) VALUES ($1)`, [event.id]);
      await new Promise((resolve) => setTimeout(resolve, 8));
    },
  });
  process.send?.('ready');
});
