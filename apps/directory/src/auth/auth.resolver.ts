import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Public } from '@trustops/service-kit';
import { AuthPayload } from '../users/users.types';
import { AuthService } from './auth.service';
import { clientAddress, HttpContext } from './client-address';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Issues a token for the first of your trusts (by name); switchTrust changes trust.',
  })
  signIn(@Args('email') email: string, @Args('password') password: string, @Context() ctx: HttpContext) {
    return this.auth.signIn(email, password, clientAddress(ctx));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'The second step of a sign-in that answered MFA_REQUIRED: its challenge and a code from the authenticator app (or a recovery code).',
  })
  verifySignIn(@Args('challenge') challenge: string, @Args('code') code: string, @Context() ctx: HttpContext) {
    return this.auth.verifySignIn(challenge, code, clientAddress(ctx));
  }

  @Mutation(() => AuthPayload, { description: 'Issues a token for another trust you are a member of.' })
  switchTrust(@Args('trustId', { type: () => ID }) trustId: string, @CurrentActor() actor: Actor) {
    return this.auth.switchTrust(actor, trustId);
  }
}
