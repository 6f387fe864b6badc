import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BASE_CONFIG, createLogger, REDIS } from '@trustops/service-kit';
import type { BaseConfig } from '@trustops/service-kit';
import { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';

export interface RosterJob {
  trustId: string;
  runId: string;
}

export interface RunProgress {
  done: number;
  total: number;
}

export const ROSTER_QUEUE = 'roster-sync';

/**
 * The roster-sync queue: one job per run (its id the run's), applied by one worker per replica, one at a time.
 * A job is added inside the transaction that writes its run, so a worker that finds no run yet retries a moment
 * later; a run that failed every try is marked FAILED by the processor.
 */
@Injectable()
export class RosterQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = createLogger('RosterQueue');
  private readonly queue: Queue<RosterJob>;
  private worker?: Worker<RosterJob>;
  private processor?: (job: Job<RosterJob>) => Promise<unknown>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) private readonly config: Pick<BaseConfig, 'namespace'>,
  ) {
    this.queue = new Queue(ROSTER_QUEUE, { connection: redis, prefix: config.namespace });
  }

  /** Set by the service that applies runs, before the application starts. */
  process(processor: (job: Job<RosterJob>) => Promise<unknown>): void {
    this.processor = processor;
  }

  onApplicationBootstrap(): void {
    if (!this.processor) return;
    this.worker = new Worker(ROSTER_QUEUE, this.processor, {
      connection: this.redis,
      prefix: this.config.namespace,
      concurrency: 1,
    });
    this.worker.on('failed', (job, error) => this.logger.warn({ err: error, runId: job?.id }, 'roster run try failed'));
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'roster worker error'));
  }

  async add(job: RosterJob): Promise<void> {
    await this.queue.add('apply', job, {
      jobId: job.runId,
      attempts: 5,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: { age: 86_400 },
      removeOnFail: { age: 7 * 86_400 },
    });
  }

  /** How far a running job has got (null when the queue no longer holds it). */
  async progress(runId: string): Promise<RunProgress | null> {
    const job = await this.queue.getJob(runId);
    const progress = job?.progress as RunProgress | number | undefined;
    return progress && typeof progress === 'object' ? progress : null;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
