import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@trustops/contracts';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r]));
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a member may do in one trust (PRODUCT.md, "Who uses it")',
});

@ObjectType()
export class Trust {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Short code used in ticket numbers, e.g. NLT' }) code: string;
}

@ObjectType()
export class Membership {
  @Field(() => Trust) trust: Trust;
  @Field(() => RoleEnum) role: string;
  @Field(() => [ID], { nullable: true, description: 'null: every school of the trust' }) schoolIds: string[] | null;
}

@InputType()
export class SetUpTrustInput {
  @Field() trustName: string;
  @Field({ description: '2 to 6 capital letters; starts every ticket number, e.g. NLT-1042' }) trustCode: string;
  @Field() directorName: string;
  @Field() email: string;
  @Field() password: string;
}
