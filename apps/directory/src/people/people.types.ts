import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@trustops/service-kit';
import { RoleEnum, Trust } from '../trusts/trusts.types';

export enum MemberStatusEnum {
  ACTIVE = 'ACTIVE',
  INVITED = 'INVITED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(MemberStatusEnum, {
  name: 'MemberStatus',
  description: 'ACTIVE signs in; INVITED has a link waiting; SUSPENDED is kept (history names them) but locked out',
});

@ObjectType({ description: 'A member of your trust, or someone invited to be one' })
export class Member {
  @Field(() => ID, { description: 'The user id of a member, the invitation id of someone invited' }) id: string;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true }) invitationId: string | null;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: string;
  @Field(() => [ID], { nullable: true, description: 'null: every school of the trust' }) schoolIds: string[] | null;
  @Field() educatorLead: boolean;
  @Field(() => MemberStatusEnum) status: string;
  @Field(() => Date, { nullable: true, description: "An invitation's link stops working then" }) expiresAt: Date | null;
}

@ObjectType()
export class MemberConnection extends ConnectionType(Member, 'Member') {}

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or email' }) text?: string | null;
  @Field(() => RoleEnum, { nullable: true }) role?: string | null;
  @Field(() => ID, { nullable: true, description: 'Members who cover this school (trust-wide ones included)' })
  schoolId?: string | null;
  @Field(() => MemberStatusEnum, { nullable: true }) status?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: string;
  @Field(() => [ID], { nullable: true, description: 'Left out or null: every school of the trust' })
  schoolIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Consents to changes in a freeze for their schools' })
  educatorLead?: boolean | null;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID) userId: string;
  @Field(() => RoleEnum, { nullable: true }) role?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The schools they cover; leave out to keep them' })
  schoolIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: every school of the trust (schoolIds is then ignored)' })
  allSchools?: boolean | null;
  @Field(() => Boolean, { nullable: true }) educatorLead?: boolean | null;
}

@ObjectType({ description: 'What an invitation link offers, shown before it is accepted' })
export class InvitationPreview {
  @Field(() => Trust) trust: Trust;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: string;
  @Field({ description: 'true: they sign in with the password they already use elsewhere in TrustOps' })
  hasAccount: boolean;
  @Field() expiresAt: Date;
}

@ObjectType()
export class InvitationSent {
  @Field(() => Member) member: Member;
  @Field(() => Int, { description: 'Days the link works for' }) validForDays: number;
}
