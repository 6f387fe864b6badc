import { Injectable } from '@nestjs/common';
import { ChangeManagementEvents } from '@trustops/contracts';
import { TypedEvents } from '@trustops/service-kit';

/** Change management's events, typed by libs/contracts, into the outbox of the current transaction. */
@Injectable()
export class EventsService extends TypedEvents<ChangeManagementEvents> {}
