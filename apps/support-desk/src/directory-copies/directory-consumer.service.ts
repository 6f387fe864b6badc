import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, TrustCreated } from '@trustops/contracts';
import { DirectoryCopiesConsumer } from '@trustops/directory-copies';
import { EntityManager } from 'typeorm';
import { BASE_CONFIG, BaseConfig, LiveSignals, REDIS, TenantDb } from '@trustops/service-kit';
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
    private readonly signals: LiveSignals,
  ) {
    super(db, redis, config);
  }

  protected async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    if (event.type === 'trust.created') {
      // Ticket numbers start with the trust's code; the row's trigger creates the trust's number sequence.
      await em.query('INSERT INTO support_desk.trust_ref (code) VALUES ($1) ON CONFLICT (trust_id) DO NOTHING', [
        (event.payload as TrustCreated).code,
      ]);
      return;
    }
    await super.handle(event, em);
  }

  /**
   * Once a membership change is committed, every open queue of the trust refetches: a member just suspended (or
   * whose role changed) is refused on that refetch and their dashboard signs them out, within a second or two.
   */
  protected afterCommit(events: EventEnvelope[]): void {
    const trusts = new Set(
      events.filter((e) => e.type === 'membership.changed' || e.type === 'user.updated').map((e) => e.trustId),
    );
    for (const trustId of trusts) this.cache.forget(trustId);
    this.signals.publish([...trusts].map((trustId) => ({ trustId })));
  }

  protected onApplied(trustId: string): void {
    this.cache.forget(trustId);
  }
}
