import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@trustops/service-kit';
import { User } from '../users/users.types';
import { ProfileService } from './profile.service';

@Resolver()
export class ProfileResolver {
  constructor(private readonly profile: ProfileService) {}

  @Mutation(() => User, { description: 'Your name, as every trust you belong to shows it' })
  updateProfile(@Args('displayName') displayName: string, @CurrentActor() actor: Actor) {
    return this.profile.rename(actor, displayName);
  }
}
