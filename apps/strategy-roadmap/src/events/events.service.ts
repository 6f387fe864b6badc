import { Injectable } from '@nestjs/common';
import { RoadmapEvents } from '@trustops/contracts';
import { TypedEvents } from '@trustops/service-kit';

/** The roadmap's events (libs/contracts), written to the outbox in the request's transaction. */
@Injectable()
export class EventsService extends TypedEvents<RoadmapEvents> {}
