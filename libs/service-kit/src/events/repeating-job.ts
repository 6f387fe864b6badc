import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createLogger } from '../logging/logger';

export interface RepeatingJobOptions {
  /** Queue name, e.g. "sla-watch". */
  name: string;
  everyMs: number;
  redis: Redis;
  /** BullMQ key prefix: the deployment's namespace. */
  prefix: string;
  run: () => Promise<unknown>;
}

/**
 * A job that runs every `everyMs` across all replicas (a BullMQ job scheduler: one run per interval however many
 * replicas start it), one run at a time. For server-side watchers: SLA breaches, ICO deadlines, overdue actions.
 */
export async function startRepeatingJob(options: RepeatingJobOptions): Promise<{ close(): Promise<void> }> {
  const logger = createLogger(`Job:${options.name}`);
  const connection = { connection: options.redis, prefix: options.prefix };
  const queue = new Queue(options.name, connection);
  await queue.upsertJobScheduler(options.name, { every: options.everyMs }, { name: options.name, opts: { removeOnComplete: 100, removeOnFail: 100 } });
  const worker = new Worker(options.name, () => options.run(), { ...connection, concurrency: 1 });
  worker.on('failed', (_job: unknown, error: Error) => logger.error({ err: error }, 'run failed; the next one retries'));
  return {
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}

/** The interval of a watcher from the environment: a whole number of milliseconds, 0 for off. */
export function intervalFromEnv(variable: string, fallback: number, env: Record<string, string | undefined> = process.env): number {
  const every = Number(env[variable] ?? fallback);
  if (!Number.isInteger(every) || every < 0) throw new Error(`${variable} must be a whole number of milliseconds, got "${env[variable]}"`);
  return every;
}
