import { Controller, Get, Headers, Inject, Injectable, OnApplicationShutdown, Res } from '@nestjs/common';
import { EVENT_ROUTES, eventQueueName } from '@trustops/contracts';
import { Queue } from 'bullmq';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { BaseConfig } from '../config/config';
import { DATA_SOURCE, SERVICE_SCHEMA, withScopedTransaction } from '../db/tenant-db';
import { BASE_CONFIG, REDIS } from '../kit.tokens';
import { Metrics, sendMetrics } from './metrics';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * A subgraph's metrics: requests and event lag as they happen, plus, read when scraped, the events still in its
 * outbox (written, not yet relayed) and the jobs in its own event queue by state.
 */
@Injectable()
export class ServiceMetrics extends Metrics implements OnApplicationShutdown {
  private readonly queue?: Queue;

  constructor(
    @Inject(BASE_CONFIG) config: BaseConfig,
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(SERVICE_SCHEMA) schema: string,
    @Inject(REDIS) redis: Redis,
  ) {
    super(config.serviceName);
    this.gaugeOnScrape(
      'trustops_outbox_pending_events',
      'Events written to the outbox and not yet relayed',
      [],
      async () => {
        const [row] = await withScopedTransaction(dataSource, schema, { kind: 'system' }, (em) =>
          em.query(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE published_at IS NULL`),
        );
        return [{ labels: {}, value: row.n }];
      },
    );
    if (!(config.serviceName in EVENT_ROUTES)) return;
    const queue = new Queue(eventQueueName(config.serviceName), { connection: redis, prefix: config.namespace });
    this.queue = queue;
    this.gaugeOnScrape(
      'trustops_event_queue_jobs',
      "Jobs (batches of events) in this service's event queue by state",
      ['state'],
      async () => {
        const counts = await queue.getJobCounts(...JOB_STATES);
        return JOB_STATES.map((state) => ({ labels: { state }, value: counts[state] ?? 0 }));
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}

@Controller()
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  /** Prometheus text format; see `metricsAllowed` for who may read it. */
  @Get('metrics')
  read(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    return sendMetrics(this.metrics.registry, authorization, res);
  }
}
