import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BASE_CONFIG, BaseConfig, REDIS, startConsumer, TenantDb } from '@trustops/service-kit';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { applyReportingEvent } from './apply-event';

/**
 * The live path: every routed event is folded into the rollups once (processed_event in the same transaction),
 * one at a time so a ticket's raise is applied before its resolution.
 */
@Injectable()
export class ReportingConsumerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker?: Worker;

  constructor(private readonly db: TenantDb, @Inject(REDIS) private readonly redis: Redis, @Inject(BASE_CONFIG) private readonly config: BaseConfig) {}

  onApplicationBootstrap(): void {
    if (process.env.CONSUME_EVENTS === 'false') return;
    this.worker = startConsumer({
      consumer: 'leadership-reporting', schema: 'leadership_reporting', redis: this.redis, prefix: this.config.namespace, concurrency: 1,
      lockDurationMs: Number(process.env.CONSUMER_LOCK_MS ?? 30_000),
      runInTrust: (trustId, work) => this.db.runInTenant({ trustId }, work), handle: applyReportingEvent,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
