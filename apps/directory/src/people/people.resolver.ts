import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, Public } from '@trustops/service-kit';
import { AuthPayload } from '../users/users.types';
import { InvitationsService } from './invitations.service';
import { PeopleService } from './people.service';
import {
  InvitationPreview,
  InviteMemberInput,
  Member,
  MemberConnection,
  MemberFilter,
  UpdateMembershipInput,
} from './people.types';

@Resolver(() => Member)
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
  ) {}

  @Query(() => MemberConnection, { description: "Your trust's people and open invitations, by name" })
  @Can('ADMINISTER_TRUST')
  members(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter: MemberFilter | null,
  ) {
    return this.people.list(filter, first, after);
  }

  @Mutation(() => Member, { description: 'Emails a one-time link, valid 7 days; the member appears as INVITED' })
  @Can('ADMINISTER_TRUST')
  inviteMember(@Args('input') input: InviteMemberInput, @CurrentActor() actor: Actor) {
    return this.invitations.invite(actor, input);
  }

  @Mutation(() => Member, { description: 'A fresh link (the old one stops working), valid 7 more days' })
  @Can('ADMINISTER_TRUST')
  resendInvitation(@Args('invitationId', { type: () => ID }) invitationId: string, @CurrentActor() actor: Actor) {
    return this.invitations.resend(actor, invitationId);
  }

  @Mutation(() => Member, { description: 'The link stops working' })
  @Can('ADMINISTER_TRUST')
  revokeInvitation(@Args('invitationId', { type: () => ID }) invitationId: string) {
    return this.invitations.revoke(invitationId);
  }

  @Mutation(() => Member)
  @Can('ADMINISTER_TRUST')
  updateMembership(@Args('input') input: UpdateMembershipInput, @CurrentActor() actor: Actor) {
    return this.people.update(actor, input);
  }

  @Mutation(() => Member, { description: 'Locks them out at once; their history stays. restoreMember undoes it.' })
  @Can('ADMINISTER_TRUST')
  suspendMember(@Args('userId', { type: () => ID }) userId: string, @CurrentActor() actor: Actor) {
    return this.people.suspend(actor, userId);
  }

  @Mutation(() => Member)
  @Can('ADMINISTER_TRUST')
  restoreMember(@Args('userId', { type: () => ID }) userId: string, @CurrentActor() actor: Actor) {
    return this.people.restore(actor, userId);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link offers (INVITATION_INVALID when unusable)' })
  invitation(@Args('token') token: string) {
    return this.invitations.preview(token);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Joins the trust with a new password, or the password of the TrustOps account you already have',
  })
  acceptInvitation(@Args('token') token: string, @Args('password') password: string) {
    return this.invitations.accept(token, password);
  }
}
