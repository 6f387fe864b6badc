import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope } from '@trustops/contracts';
import { EventConsumerService, LiveSignals } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import { S } from '../schema';
import { applyReportingEvent } from './apply-event';
import { RollupsRepository } from './rollups.repository';

/**
 * The live path: every routed event is folded into the rollups once (processed_event in the same transaction),
 * one at a time so a ticket's raise is applied before its resolution.
 */
@Injectable()
export class ReportingConsumerService extends EventConsumerService {
  protected readonly consumer = 'leadership-reporting';
  protected readonly schema = S;
  protected readonly concurrency = 1;
  @Inject(LiveSignals) private readonly signals!: LiveSignals;

  /** Waits while `pnpm rebuild-reporting` rebuilds this trust (it records what it folded, so nothing counts twice). */
  protected async beforeApply(em: EntityManager, trustId: string): Promise<void> {
    await new RollupsRepository(em).waitForRebuild(trustId);
  }

  protected handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    return applyReportingEvent(event, em);
  }

  /** Open live boards of these trusts refetch. */
  protected afterCommit(events: EventEnvelope[]): void {
    this.signals.publish(events.map((event) => ({ trustId: event.trustId })));
  }
}
