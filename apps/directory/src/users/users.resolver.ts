import { Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@trustops/service-kit';
import { UsersService } from './users.service';
import { Me, User } from './users.types';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => Me, { description: 'You, in the trust your token is for' })
  me(@CurrentActor() actor: Actor) {
    return this.users.me(actor);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }) {
    return this.users.byId(reference.id);
  }
}
