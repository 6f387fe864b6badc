import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { BaseConfig } from '../config/config';
import { BASE_CONFIG, REDIS } from '../kit.tokens';
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

/**
 * A service's watchers: each started by `every` (from a provider's onApplicationBootstrap) on the service's Redis
 * and namespace, and all closed when the app shuts down (before its database and Redis are).
 */
@Injectable()
export class RepeatingJobs implements OnApplicationShutdown {
  private readonly jobs: { close(): Promise<void> }[] = [];

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(BASE_CONFIG) private readonly config: BaseConfig) {}

  /** Runs `run` every `variable` milliseconds (read from the environment, `fallback` when unset; 0 turns it off). */
  async every(name: string, variable: string, fallback: number, run: () => Promise<unknown>): Promise<void> {
    const everyMs = intervalFromEnv(variable, fallback);
    if (everyMs) this.jobs.push(await startRepeatingJob({ name, everyMs, redis: this.redis, prefix: this.config.namespace, run }));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.jobs.splice(0).map((job) => job.close()));
  }
}
