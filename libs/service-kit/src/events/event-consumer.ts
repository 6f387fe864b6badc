import { EventBatch, EventEnvelope, eventQueueName, eventsOf } from '@trustops/contracts';
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
  /** Batches handled at once; 1 keeps every event in outbox order. */
  concurrency?: number;
  /** How soon a job held by a dead worker is handed to another; BullMQ's default is 30 s. */
  lockDurationMs?: number;
  /** Told of the events each committed transaction applied (for the lag metric). */
  onApplied?: (events: EventEnvelope[]) => void;
  /** First thing in each transaction, under the trust's RLS (e.g. take a lock a rebuild also takes). */
  beforeApply?: (em: EntityManager, trustId: string) => Promise<void>;
}

/** A batch's events by trust (each trust's in their order): one transaction, under that trust's RLS, per group. */
export function groupByTrust(events: EventEnvelope[]): EventEnvelope[][] {
  const groups = new Map<string, EventEnvelope[]>();
  for (const event of events) groups.set(event.trustId, [...(groups.get(event.trustId) ?? []), event]);
  return [...groups.values()];
}

/**
 * An idempotent consumer: the processed-event rows and the handler's writes commit in one transaction, so a
 * redelivered event (worker killed after the commit, before BullMQ heard of it, or sent again in another batch)
 * changes nothing the second time. A batch that fails is tried again one event per transaction, so one event
 * that cannot be applied holds back none of the others; the job then fails and BullMQ retries it (what was
 * applied is skipped), ending in the failed set if that one event never goes in.
 */
export function startConsumer(options: ConsumerOptions): Worker {
  const logger = createLogger(`Consumer:${options.consumer}`);
  const apply = (events: EventEnvelope[]) =>
    options
      .runInTrust(events[0].trustId, async (em) => {
        await options.beforeApply?.(em, events[0].trustId);
        const fresh = new Set(
          (
            (await em.query(
              `INSERT INTO ${options.schema}.processed_event (consumer, event_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
              [options.consumer, events.map((e) => e.id)],
            )) as { event_id: string }[]
          ).map((row) => row.event_id),
        );
        const applied: EventEnvelope[] = [];
        for (const event of events) {
          if (!fresh.delete(event.id)) continue; // applied before, or listed twice
          await options.handle(event, em);
          applied.push(event);
        }
        logger.debug({ events: events.length, applied: applied.length }, 'events handled');
        return applied;
      })
      .then((applied) => {
        try {
          options.onApplied?.(applied);
        } catch (error) {
          logger.warn({ err: error }, 'after-commit work failed; the events stay applied'); // never retry a committed batch for it
        }
      });
  /** Each group in one transaction; a group that fails is tried again one event per transaction. Throws the first error once all were tried. */
  const applyGroups = async (groups: EventEnvelope[][], retryAlone: boolean): Promise<void> => {
    const errors: unknown[] = [];
    for (const group of groups) {
      try {
        await apply(group);
      } catch (error) {
        if (retryAlone && group.length > 1) {
          await applyGroups(
            group.map((event) => [event]),
            false,
          ).catch((e: unknown) => errors.push(e));
        } else {
          logger.warn({ err: error, eventIds: group.map((e) => e.id) }, 'events could not be applied');
          errors.push(error);
        }
      }
    }
    if (errors.length) throw errors[0];
  };
  const worker = new Worker<EventBatch | EventEnvelope>(
    eventQueueName(options.consumer),
    (job) => applyGroups(groupByTrust(eventsOf(job.data)), true),
    {
      connection: options.redis,
      prefix: options.prefix,
      concurrency: options.concurrency ?? 4,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: Math.min(options.lockDurationMs ?? 30_000, 30_000),
    },
  );
  worker.on('failed', (job, error) =>
    logger.warn(
      { err: error, jobId: job?.id, events: job ? eventsOf(job.data).length : 0 },
      'event batch failed; will retry',
    ),
  );
  return worker;
}
