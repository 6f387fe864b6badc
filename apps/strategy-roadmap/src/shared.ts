import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { RoadmapEvents } from '@trustops/contracts';
import { TypedEvents } from '@trustops/service-kit';

import { School, User } from '@trustops/directory-copies';

export { School, User };

@ObjectType({ description: 'An incident of the change-management service (federated by id)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Incident {
  @Field(() => ID) id: string;
}

/** Who edits the strategy, who reads it in full, who sees only the roadmap. */
export const EDITORS = ['IT_DIRECTOR', 'EXECUTIVE'] as const;
export const READERS = ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR', 'ENGINEER'] as const;
export const EVERYONE = ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR', 'ENGINEER', 'TECHNICIAN', 'STAFF'] as const;

export const ref = (id: string | null | undefined) => (id ? { id } : null);

@Injectable()
export class EventsService extends TypedEvents<RoadmapEvents> {}
