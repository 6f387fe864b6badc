import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BASE_CONFIG, BaseConfig, REDIS, startConsumer, TenantDb } from '@trustops/service-kit';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { applyDirectoryEvent } from './directory-copies';
import { ReferencesService } from './references.service';

/** Keeps the desk's copies of schools and calendars current from directory's events (idempotent consumer). */
@Injectable()
export class DirectoryConsumerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker?: Worker;

  constructor(private readonly db: TenantDb, private readonly refs: ReferencesService, @Inject(REDIS) private readonly redis: Redis, @Inject(BASE_CONFIG) private readonly config: BaseConfig) {}

  onApplicationBootstrap(): void {
    if (process.env.CONSUME_EVENTS === 'false') return;
    this.worker = startConsumer({
      consumer: 'support-desk', schema: 'support_desk', redis: this.redis, prefix: this.config.namespace,
      runInTrust: (trustId, work) => this.db.runInTenant({ trustId }, work),
      handle: async (event, em) => {
        await applyDirectoryEvent(event, em);
        this.refs.forget(event.trustId);
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
