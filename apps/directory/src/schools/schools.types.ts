import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SchoolPhaseEnum {
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
  SPECIAL = 'SPECIAL',
  ALL_THROUGH = 'ALL_THROUGH',
}
registerEnumType(SchoolPhaseEnum, { name: 'SchoolPhase' });

@ObjectType()
export class Site {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType()
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'DfE unique reference number (6 digits)' }) urn: string;
  @Field(() => SchoolPhaseEnum) phase: SchoolPhaseEnum;
  @Field() localAuthority: string;
  @Field(() => Date, { nullable: true, description: 'When the school closed; null while open. It keeps its history.' })
  closedAt: Date | null;
}

@InputType()
export class AddSchoolInput {
  @Field() name: string;
  @Field({ description: 'DfE unique reference number: 6 digits, unique in the trust' }) urn: string;
  @Field(() => SchoolPhaseEnum) phase: SchoolPhaseEnum;
  @Field() localAuthority: string;
  @Field(() => [String], { nullable: true, description: 'Site names; none when left out' }) sites?: string[] | null;
}

@InputType()
export class UpdateSchoolInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) urn?: string;
  @Field(() => SchoolPhaseEnum, { nullable: true }) phase?: SchoolPhaseEnum;
  @Field({ nullable: true }) localAuthority?: string;
}
