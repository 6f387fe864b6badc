import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { School, User } from '@trustops/directory-copies';

/** The entities of other services the roadmap names by id; the gateway fills in the rest. */
export { School, User };

@ObjectType({ description: 'An incident of the change-management service (federated by id)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Incident {
  @Field(() => ID) id: string;
}

/** A federated reference to an entity by id, or null when there is none. */
export const ref = (id: string | null | undefined) => (id ? { id } : null);
