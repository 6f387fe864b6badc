import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { BaseConfig } from '../config/config';
import { BASE_CONFIG, REDIS } from '../kit.tokens';
import { createLogger } from '../logging/logger';
import { Metrics } from '../metrics/metrics';
import { ServiceMetrics } from '../metrics/service-metrics';
import { withTimeout } from '../timeout';

export interface RepeatingJobOptions {
  /** Queue name, e.g. "sla-watch". */
  name: string;
  /** Every so many milliseconds, or (`pattern`) at the times of a cron pattern in `tz`. */
  everyMs: number;
  pattern?: string;
  tz?: string;
  redis: Redis;
  /** BullMQ key prefix: the deployment's namespace. */
  prefix: string;
  run: () => Promise<unknown>;
  /**
   * How often to check that the job's scheduler and its next run are still in Redis, re-creating them if not
   * (default `defaultCheckEveryMs(everyMs)`; 0 checks only when Redis reconnects).
   */
  checkEveryMs?: number;
  logger?: Pick<Logger, 'error' | 'warn'>;
}

export interface RepeatingJob {
  name: string;
  /** Whether the job's scheduler and its next run are in Redis now. */
  present(): Promise<boolean>;
  close(): Promise<void>;
}

const PENDING = new Set<string>(['delayed', 'waiting', 'prioritized', 'active', 'waiting-children']);

/** A missing scheduler costs at most one run for jobs up to every 30 s, and 30 s for slower ones: one cheap call. */
export const defaultCheckEveryMs = (everyMs: number) => Math.min(everyMs, 30_000);

/**
 * A job that runs every `everyMs` across all replicas (a BullMQ job scheduler: one run per interval however many
 * replicas start it), one run at a time. For server-side watchers: SLA breaches, ICO deadlines, overdue actions.
 *
 * The scheduler lives only in Redis, and each run schedules the next, so a Redis that loses its data (a restart
 * without persistence, a FLUSHDB, an eviction) would stop the job for good. Each replica therefore re-asserts it
 * when Redis reconnects and every `checkEveryMs`; upserting is idempotent, so replicas racing to do it is safe.
 */
export async function startRepeatingJob(options: RepeatingJobOptions): Promise<RepeatingJob> {
  const { name, everyMs } = options;
  const logger = options.logger ?? createLogger(`Job:${name}`);
  const connection = { connection: options.redis, prefix: options.prefix };
  const queue = new Queue(name, connection);
  const repeat = options.pattern ? { pattern: options.pattern, tz: options.tz } : { every: everyMs };
  const upsert = () =>
    queue.upsertJobScheduler(name, repeat, { name, opts: { removeOnComplete: 100, removeOnFail: 100 } });
  await upsert();
  const worker = new Worker(name, () => options.run(), { ...connection, concurrency: 1 });
  worker.on('failed', (_job: unknown, error: Error) =>
    logger.error({ err: error }, 'run failed; the next one retries'),
  );
  // E.g. "Missing key for job …" when Redis lost its data under a run in flight; the check below restores the
  // schedule, and without a listener BullMQ would print these to stderr past the logs.
  worker.on('error', (error: Error) => logger.warn({ err: error }, 'worker error'));

  /**
   * What is lost, if anything: the scheduler itself, or only its next run (the job evicted, or a run that could not
   * schedule the next one, so the scheduler points at a finished job).
   */
  const lost = async (): Promise<'scheduler' | 'next run' | undefined> => {
    const scheduler = await queue.getJobScheduler(name);
    if (!scheduler?.next) return 'scheduler';
    // A run schedules the next one as it starts, so the job the scheduler points at is always still to finish.
    return PENDING.has(await queue.getJobState(`repeat:${name}:${scheduler.next}`)) ? undefined : 'next run';
  };
  let checking: Promise<void> | undefined;
  let closed = false;
  const check = (): Promise<void> =>
    (checking ??= (async () => {
      try {
        const missing = await lost();
        if (!missing || closed) return;
        // Upserting over a scheduler whose next run is gone would skip a slot; a fresh one runs at once.
        if (missing === 'next run') await queue.removeJobScheduler(name);
        await upsert();
        logger.error(
          { job: name, lost: missing },
          `job scheduler ${name} was missing from Redis (Redis lost its data?); re-created`,
        );
      } catch (error) {
        if (!closed)
          logger.warn({ err: error, job: name }, 'could not check the job scheduler; the next check retries');
      } finally {
        checking = undefined;
      }
    })());

  // ioredis emits 'ready' again after every reconnect, e.g. to a Redis restarted empty.
  const recheck = () => void check();
  options.redis.on('ready', recheck);
  const checkEveryMs = options.checkEveryMs ?? defaultCheckEveryMs(everyMs);
  const timer = checkEveryMs ? setInterval(recheck, checkEveryMs).unref() : undefined;
  return {
    name,
    present: async () => !(await lost()),
    async close() {
      closed = true;
      clearInterval(timer);
      options.redis.off('ready', recheck);
      // A check waits as long as Redis is away; shutting down must not.
      await withTimeout(checking ?? Promise.resolve(), 1_000).catch(() => undefined);
      await worker.close();
      await queue.close();
    },
  };
}

/** The interval of a watcher from the environment: a whole number of milliseconds, 0 for off. */
export function intervalFromEnv(
  variable: string,
  fallback: number,
  env: Record<string, string | undefined> = process.env,
): number {
  const every = Number(env[variable] ?? fallback);
  if (!Number.isInteger(every) || every < 0)
    throw new Error(`${variable} must be a whole number of milliseconds, got "${env[variable]}"`);
  return every;
}

/** A scrape must not wait on a Redis that is down (commands queue until it is back): unknown counts as absent. */
const SCRAPE_TIMEOUT_MS = 2_000;

/**
 * A service's watchers: each started by `every` (from a provider's onApplicationBootstrap) on the service's Redis
 * and namespace, and all closed when the app shuts down (before its database and Redis are). Each job's scheduler
 * is checked every JOB_SCHEDULER_CHECK_MS (default `defaultCheckEveryMs`) and shown as
 * `trustops_job_scheduler_present{job}`.
 */
@Injectable()
export class RepeatingJobs implements OnApplicationShutdown {
  private readonly jobs: RepeatingJob[] = [];

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) private readonly config: Pick<BaseConfig, 'namespace'>,
    @Inject(ServiceMetrics) metrics: Metrics,
  ) {
    metrics.gaugeOnScrape(
      'trustops_job_scheduler_present',
      "Whether each repeating job's scheduler and next run are in Redis (1), or missing or unknown (0)",
      ['job'],
      () =>
        Promise.all(
          this.jobs.map(async (job) => ({
            labels: { job: job.name },
            value: await withTimeout(job.present(), SCRAPE_TIMEOUT_MS).then(
              (present) => (present ? 1 : 0),
              () => 0,
            ),
          })),
        ),
    );
  }

  /** Runs `run` every `variable` milliseconds (read from the environment, `fallback` when unset; 0 turns it off). */
  async every(name: string, variable: string, fallback: number, run: () => Promise<unknown>): Promise<void> {
    const everyMs = intervalFromEnv(variable, fallback);
    if (!everyMs) return;
    const checkEveryMs = intervalFromEnv('JOB_SCHEDULER_CHECK_MS', defaultCheckEveryMs(everyMs));
    this.jobs.push(
      await startRepeatingJob({ name, everyMs, checkEveryMs, redis: this.redis, prefix: this.config.namespace, run }),
    );
  }

  /**
   * Runs `run` at the times of a cron pattern in Europe/London (read from `variable`, `fallback` when unset; "off"
   * turns it off), once across replicas: "0 2 * * *" is 02:00 every night, summer time or not.
   */
  async at(name: string, variable: string, fallback: string, run: () => Promise<unknown>): Promise<void> {
    const pattern = (process.env[variable] ?? fallback).trim();
    if (pattern === 'off') return;
    if (pattern.split(/\s+/).length < 5)
      throw new Error(`${variable} must be a cron pattern or "off", got "${pattern}"`);
    const checkEveryMs = intervalFromEnv('JOB_SCHEDULER_CHECK_MS', 30_000);
    this.jobs.push(
      await startRepeatingJob({
        name,
        everyMs: 0,
        pattern,
        tz: 'Europe/London',
        checkEveryMs,
        redis: this.redis,
        prefix: this.config.namespace,
        run,
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.jobs.splice(0).map((job) => job.close()));
  }
}
