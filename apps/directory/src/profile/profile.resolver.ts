import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Public } from '@trustops/service-kit';
import { User } from '../users/users.types';
import { EmailChangeService } from './email-change.service';
import { ProfileService } from './profile.service';

@Resolver()
export class ProfileResolver {
  constructor(
    private readonly profile: ProfileService,
    private readonly email: EmailChangeService,
  ) {}

  @Mutation(() => User, { description: 'Your name, as every trust you belong to shows it' })
  updateProfile(@Args('displayName') displayName: string, @CurrentActor() actor: Actor) {
    return this.profile.rename(actor, displayName);
  }

  @Mutation(() => Boolean, {
    description:
      'Asks to sign in (and be mailed) at a new address: needs your password; a link goes to the new address (24 hours) and a notice to the old one. Nothing changes until the link is opened.',
  })
  requestEmailChange(
    @Args('newEmail') newEmail: string,
    @Args('password') password: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.email.request(actor, newEmail, password);
  }

  @Public()
  @Mutation(() => User, {
    description: 'Confirms a new email with the link sent to it; every trust you belong to follows',
  })
  confirmEmailChange(@Args('token') token: string) {
    return this.email.confirm(token);
  }
}
