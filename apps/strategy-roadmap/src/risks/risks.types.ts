import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Initiative } from '../initiatives/initiatives.types';
import { Incident, User } from '../federated-refs';

export enum RiskStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(RiskStatus, { name: 'RiskStatus' });

@ObjectType()
export class Risk {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int, { description: '1 (rare) to 5 (almost certain)' }) likelihood: number;
  @Field(() => Int, { description: '1 (minor) to 5 (severe)' }) impact: number;
  @Field(() => Int, { description: 'likelihood × impact, 1 to 25' }) score: number;
  @Field(() => User, { nullable: true }) owner: User | null;
  @Field() mitigation: string;
  @Field(() => RiskStatus) status: string;
  @Field(() => [Incident], { description: 'Incidents of change management that bear on this risk' })
  incidents: Incident[];
  @Field(() => [Initiative]) initiatives: Initiative[];
}

@InputType()
export class RiskInput {
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => Int) likelihood: number;
  @Field(() => Int) impact: number;
  @Field(() => ID, { nullable: true }) ownerId?: string;
  @Field({ nullable: true }) mitigation?: string;
  @Field(() => RiskStatus, { nullable: true }) status?: RiskStatus;
  @Field(() => [ID], { nullable: true }) initiativeIds?: string[];
}
