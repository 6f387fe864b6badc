import { Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@trustops/service-kit';
import { SessionsService } from './sessions.service';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Mutation(() => Boolean, {
    description:
      'Ends every session of yours on every device (this one too) and refuses, in every service within seconds, every access token issued until now. Sign in again afterwards.',
  })
  signOutEverywhere(@CurrentActor() actor: Actor) {
    return this.sessions.signOutEverywhere(actor);
  }
}
