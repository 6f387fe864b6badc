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
}
