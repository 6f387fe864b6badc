import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@trustops/service-kit';
import { School, User } from '../federated-refs';

export enum HorizonEnum {
  NOW = 'NOW',
  NEXT = 'NEXT',
  LATER = 'LATER',
}
export enum InitiativeStatusEnum {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
export enum RagEnum {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}
registerEnumType(HorizonEnum, { name: 'Horizon' });
registerEnumType(InitiativeStatusEnum, { name: 'InitiativeStatus' });
registerEnumType(RagEnum, { name: 'Rag' });

@ObjectType()
export class Milestone {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => DateScalar) dueOn: string;
  @Field(() => DateScalar, { nullable: true }) doneOn: string | null;
}

@ObjectType()
export class ObjectiveRef {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType()
export class Initiative {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'The problem in the words of "how can I achieve abc"' }) problem: string;
  @Field(() => [School], { description: 'Empty: the whole trust' }) schools: School[];
  @Field(() => User, { nullable: true }) owner: User | null;
  @Field(() => Float) capitalCost: number;
  @Field(() => Float) revenueCost: number;
  @Field(() => HorizonEnum) horizon: string;
  @Field(() => InitiativeStatusEnum) status: string;
  @Field(() => RagEnum) rag: string;
  @Field(() => String, { nullable: true }) ragReason: string | null;
}

@ObjectType({ description: 'One lane of the roadmap with its costs' })
export class Lane {
  @Field(() => [Initiative]) initiatives: Initiative[];
  @Field(() => Float) capitalCost: number;
  @Field(() => Float) revenueCost: number;
}

@ObjectType({ description: 'Now / next / later: what a CEO reads' })
export class Roadmap {
  @Field(() => Lane) now: Lane;
  @Field(() => Lane) next: Lane;
  @Field(() => Lane) later: Lane;
}

@InputType()
export class InitiativeFilter {
  @Field(() => HorizonEnum, { nullable: true }) horizon?: HorizonEnum;
  @Field(() => InitiativeStatusEnum, { nullable: true }) status?: InitiativeStatusEnum;
  @Field(() => ID, { nullable: true }) schoolId?: string;
  @Field(() => ID, { nullable: true }) objectiveId?: string;
}

@InputType()
export class CreateInitiativeInput {
  @Field() title: string;
  @Field({ description: 'How can we achieve …?' }) problem: string;
  @Field(() => [ID], { nullable: true }) objectiveIds?: string[];
  @Field(() => [ID], { nullable: true }) schoolIds?: string[];
  @Field(() => ID, { nullable: true }) ownerId?: string;
  @Field(() => Float, { nullable: true }) capitalCost?: number;
  @Field(() => Float, { nullable: true }) revenueCost?: number;
  @Field(() => HorizonEnum, { nullable: true }) horizon?: HorizonEnum;
}
