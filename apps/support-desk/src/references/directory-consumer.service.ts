import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { startDirectoryConsumer } from '@trustops/directory-copies';
import { BASE_CONFIG, BaseConfig, REDIS, TenantDb } from '@trustops/service-kit';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { ReferencesService } from './references.service';

/** Keeps the desk's copies of schools and calendars current from directory's events. */
@Injectable()
export class DirectoryConsumerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker?: Worker;

  constructor(private readonly db: TenantDb, private readonly refs: ReferencesService,
    @Inject(REDIS) private readonly redis: Redis, @Inject(BASE_CONFIG) private readonly config: BaseConfig) {}

  onApplicationBootstrap(): void {
    this.worker = startDirectoryConsumer({ consumer: 'support-desk', schema: 'support_desk', db: this.db, redis: this.redis,
      prefix: this.config.namespace, onApplied: (trustId) => this.refs.forget(trustId) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
