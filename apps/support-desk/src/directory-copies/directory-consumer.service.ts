import { Inject, Injectable } from '@nestjs/common';
import { DirectoryCopiesConsumer } from '@trustops/directory-copies';
import { BASE_CONFIG, BaseConfig, REDIS, TenantDb } from '@trustops/service-kit';
import type { Redis } from 'ioredis';
import { TrustCache } from './trust-cache';

/** Keeps the desk's copies of schools and calendars current from directory's events, and its cache with them. */
@Injectable()
export class DirectoryConsumerService extends DirectoryCopiesConsumer {
  protected readonly consumer = 'support-desk';
  protected readonly schema = 'support_desk';

  constructor(
    db: TenantDb,
    @Inject(REDIS) redis: Redis,
    @Inject(BASE_CONFIG) config: BaseConfig,
    private readonly cache: TrustCache,
  ) {
    super(db, redis, config);
  }

  protected onApplied(trustId: string): void {
    this.cache.forget(trustId);
  }
}
