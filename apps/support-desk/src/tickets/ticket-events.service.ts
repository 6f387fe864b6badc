import { Injectable } from '@nestjs/common';
import { TicketEvents } from '@trustops/contracts';
import { TypedEvents } from '@trustops/service-kit';

/** The desk's events, typed by libs/contracts, into the outbox of the current transaction. */
@Injectable()
export class TicketEventsService extends TypedEvents<TicketEvents> {}
