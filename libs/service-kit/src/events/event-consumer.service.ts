import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventEnvelope } from '@trustops/contracts';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { EntityManager } from 'typeorm';
import { BaseConfig } from '../config/config';
import { TenantDb } from '../db/tenant-db';
import { BASE_CONFIG, REDIS } from '../kit.tokens';
import { startConsumer } from './event-consumer';
import { ServiceMetrics } from '../metrics/service-metrics';

/**
 * A service's event consumer as a Nest provider: started with the app (unless CONSUME_EVENTS=false), closed with it.
 * Subclasses name the consumer and schema and fold one event in `handle`, inside the event's trust.
 */
@Injectable()
export abstract class EventConsumerService implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly consumer: string;
  protected abstract readonly schema: string;
  /** Batches handled at once; 1 keeps every event in outbox order. */
  protected readonly concurrency: number = 4;
  private worker?: Worker;
  @Inject(ServiceMetrics) private readonly metrics!: ServiceMetrics;

  constructor(
    private readonly db: TenantDb,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) private readonly config: BaseConfig,
  ) {}

  protected abstract handle(event: EventEnvelope, em: EntityManager): Promise<void>;

  /** First thing in each transaction of a batch, under the trust's RLS (e.g. take a lock). */
  protected beforeApply?(em: EntityManager, trustId: string): Promise<void>;

  /** After a transaction that applied `events` committed (e.g. tell live views); must not throw. */
  protected afterCommit(_events: EventEnvelope[]): void {}

  onApplicationBootstrap(): void {
    if (process.env.CONSUME_EVENTS === 'false') return;
    this.worker = startConsumer({
      consumer: this.consumer,
      schema: this.schema,
      redis: this.redis,
      prefix: this.config.namespace,
      concurrency: this.concurrency,
      lockDurationMs: Number(process.env.CONSUMER_LOCK_MS ?? 30_000),
      runInTrust: (trustId, work) => this.db.runInTenant({ trustId }, work),
      handle: (event, em) => this.handle(event, em),
      beforeApply: this.beforeApply && ((em, trustId) => this.beforeApply!(em, trustId)),
      onApplied: (events) => {
        this.metrics.eventsApplied(this.consumer, events);
        if (events.length) this.afterCommit(events);
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
