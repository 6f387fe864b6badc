import { Injectable } from '@nestjs/common';
import { TicketEvents } from '@trustops/contracts';
import { OutboxService } from '@trustops/service-kit';

/** The desk's events, typed by libs/contracts, into the outbox of the current transaction. */
@Injectable()
export class TicketEventsService {
  constructor(private readonly outbox: OutboxService) {}

  emit<K extends keyof TicketEvents>(type: K, payload: TicketEvents[K]): Promise<string> {
    return this.outbox.add(type, payload);
  }
}
