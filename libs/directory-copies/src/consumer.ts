import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BASE_CONFIG, BaseConfig, REDIS, startConsumer, TenantDb } from '@trustops/service-kit';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { applyDirectoryEvent } from './apply-event';

export interface DirectoryConsumerOptions {
  consumer: string; schema: string; db: TenantDb; redis: Redis; prefix: string;
  /** After an event is applied (e.g. to drop a cache of the trust's references). */
  onApplied?: (trustId: string) => void;
}

/** Keeps a service's copies current from directory's events: an idempotent BullMQ consumer (none when CONSUME_EVENTS=false). */
export function startDirectoryConsumer(options: DirectoryConsumerOptions): Worker | undefined {
  if (process.env.CONSUME_EVENTS === 'false') return undefined;
  return startConsumer({
    consumer: options.consumer, schema: options.schema, redis: options.redis, prefix: options.prefix,
    runInTrust: (trustId, work) => options.db.runInTenant({ trustId }, work),
    handle: async (event, em) => {
      await applyDirectoryEvent(options.schema, event, em);
      options.onApplied?.(event.trustId);
    },
  });
}

/**
 * The consumer as a Nest provider: `class Copies extends DirectoryCopiesConsumer { consumer = 'x'; schema = 'x' }`.
 * Override `onApplied` to react (drop a cache).
 */
@Injectable()
export abstract class DirectoryCopiesConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly consumer: string;
  protected abstract readonly schema: string;
  private worker?: Worker;

  constructor(private readonly db: TenantDb, @Inject(REDIS) private readonly redis: Redis, @Inject(BASE_CONFIG) private readonly config: BaseConfig) {}

  protected onApplied(_trustId: string): void {}

  onApplicationBootstrap(): void {
    this.worker = startDirectoryConsumer({ consumer: this.consumer, schema: this.schema, db: this.db, redis: this.redis,
      prefix: this.config.namespace, onApplied: (trustId) => this.onApplied(trustId) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
