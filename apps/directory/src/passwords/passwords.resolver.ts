import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Public } from '@trustops/service-kit';
import { PasswordsService } from './passwords.service';

@Resolver()
export class PasswordsResolver {
  constructor(private readonly passwords: PasswordsService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a one-time reset link (an hour) if the address has an account; always true, either way',
  })
  requestPasswordReset(@Args('email') email: string) {
    return this.passwords.requestReset(email);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'A new password with a reset link (RESET_LINK_INVALID once used or expired)',
  })
  resetPassword(@Args('token') token: string, @Args('password') password: string) {
    return this.passwords.reset(token, password);
  }

  @Mutation(() => Boolean, { description: 'Your own password, given the current one' })
  changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.passwords.change(actor, currentPassword, newPassword);
  }
}
