import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, Public, unauthenticated } from '@trustops/service-kit';
import { MfaService } from './mfa.service';
import { MfaEnrolment, MfaStatus, SecuritySettings } from './mfa.types';

@Resolver()
export class MfaResolver {
  constructor(private readonly mfa: MfaService) {}

  @Query(() => MfaStatus, { description: 'Your two-step sign-in' })
  mfaStatus(@CurrentActor() actor: Actor) {
    return this.mfa.status(actor.userId);
  }

  @Public()
  @Mutation(() => MfaEnrolment, {
    description:
      'Starts setting up an authenticator app: signed in, for yourself; or, during a sign-in that answered MFA_REQUIRED with enrolmentRequired, with its challenge. Finish with confirmMfa (signed in) or verifySignIn (signing in).',
  })
  mfaEnrolment(
    @Args('challenge', { type: () => String, nullable: true }) challenge: string | null,
    @Context() ctx: { actor?: Actor | null },
  ) {
    if (challenge) return this.mfa.beginEnrolment({ challenge });
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    return this.mfa.beginEnrolment({ userId: actor.userId });
  }

  @Mutation(() => [String], {
    description: 'Turns two-step sign-in on with the first code from the app; answers ten recovery codes, shown once',
  })
  confirmMfa(@Args('code') code: string, @CurrentActor() actor: Actor) {
    return this.mfa.confirm(actor, code);
  }

  @Mutation(() => Boolean, { description: 'Turns it off, given a current code (not when your trust requires it)' })
  turnOffMfa(@Args('code') code: string, @CurrentActor() actor: Actor) {
    return this.mfa.turnOff(actor, code);
  }

  @Query(() => SecuritySettings, { description: "Your trust's sign-in rules" })
  @Can('ADMINISTER_TRUST')
  async securitySettings(@CurrentActor() actor: Actor) {
    return { mfaRequired: await this.mfa.trustRequires(actor.trustId) };
  }

  @Mutation(() => SecuritySettings, {
    description: "Whether the trust's IT directors and engineers must sign in with a second step (on for new trusts)",
  })
  @Can('ADMINISTER_TRUST')
  async setMfaRequired(@Args('required') required: boolean, @CurrentActor() actor: Actor) {
    return { mfaRequired: await this.mfa.setTrustRequires(actor, required) };
  }
}
