import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Membership, RoleEnum, Trust } from '../trusts/trusts.types';

@ObjectType()
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
}

@ObjectType()
export class Me {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: string;
  @Field(() => Trust) trust: Trust;
  @Field(() => [Membership]) memberships: Membership[];
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => RoleEnum) role: string;
  @Field(() => User) user: User;
  @Field(() => Trust) trust: Trust;
  @Field(() => [Membership]) memberships: Membership[];
  /** The sign-in session the token belongs to (not in the schema: the token carries it). */
  sessionId?: string;
  @Field({
    nullable: true,
    description:
      'After a sign-in: exchange it once, within 10 minutes, at POST /files/directory/session/refresh ({"handoff": …}) for the session cookie that renews the 15-minute access token. Null when renewing or switching trust.',
  })
  sessionHandoff?: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Ten single-use recovery codes, when this sign-in also set up the authenticator app: show them once, they are not kept readable.',
  })
  recoveryCodes?: string[];
}
