import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@trustops/contracts';
import { EventConsumerService } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import { applyDirectoryEvent } from './apply-event';

/**
 * Keeps a service's copies current from directory's events: `class Copies extends DirectoryCopiesConsumer { consumer = 'x';
 * schema = 'x' }`. Override `onApplied` to react (drop a cache).
 */
@Injectable()
export abstract class DirectoryCopiesConsumer extends EventConsumerService {
  protected onApplied(_trustId: string): void {}

  protected async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    await applyDirectoryEvent(this.schema, event, em);
    this.onApplied(event.trustId);
  }
}
