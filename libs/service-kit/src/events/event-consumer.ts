import { EventEnvelope, eventQueueName } from '@trustops/contracts';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { EntityManager } from 'typeorm';
import { createLogger } from '../logging/logger';

export type RunInTrust = <T>(trustId: string, work: (em: EntityManager) => Promise<T>) => Promise<T>;

export interface ConsumerOptions {
  consumer: string;
  schema: string;
  redis: Redis;
  prefix: string;
  runInTrust: RunInTrust;
  handle: (event: EventEnvelope, em: EntityManager) => Promise<void>;
  concurrency?: number;
  /** How soon a job held by a dead worker is handed to another; BullMQ's default is 30 s. */
  lockDurationMs?: number;
}

/**
 * An idempotent consumer: the processed-event row and the handler's writes commit in one transaction, so a
 * redelivered event (worker killed after the commit, before BullMQ heard of it) changes nothing the second time.
 */
export function startConsumer(options: ConsumerOptions): Worker {
  const logger = createLogger(`Consumer:${options.consumer}`);
  const worker = new Worker<EventEnvelope>(eventQueueName(options.consumer), async (job) => {
    const event = job.data;
    const applied = await options.runInTrust(event.trustId, async (em) => {
      const inserted: unknown[] = await em.query(
        `INSERT INTO ${options.schema}.processed_event (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
        [options.consumer, event.id]);
      if (!inserted.length) return false;
      await options.handle(event, em);
      return true;
    });
    logger.debug({ eventId: event.id, type: event.type, applied }, applied ? 'event handled' : 'event already handled');
  }, {
    connection: options.redis,
    prefix: options.prefix,
    concurrency: options.concurrency ?? 4,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: Math.min(options.lockDurationMs ?? 30_000, 30_000),
  });
  worker.on('failed', (job, error) => logger.warn({ err: error, eventId: job?.data.id }, 'event handling failed; will retry'));
  return worker;
}
