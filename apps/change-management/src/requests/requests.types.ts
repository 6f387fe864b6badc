import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { School, User } from '../entity-refs';

export enum RequestKind {
  APP = 'APP',
  WEBSITE = 'WEBSITE',
  DEVICE = 'DEVICE',
  CHANGE = 'CHANGE',
  OTHER = 'OTHER',
}
export enum RequestStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  APPROVED_WITH_CONDITIONS = 'APPROVED_WITH_CONDITIONS',
  DECLINED = 'DECLINED',
  APPEALED = 'APPEALED',
}
export enum DecisionKind {
  APPROVED = 'APPROVED',
  APPROVED_WITH_CONDITIONS = 'APPROVED_WITH_CONDITIONS',
  DECLINED = 'DECLINED',
}
export enum RiskKind {
  SAFEGUARDING = 'SAFEGUARDING',
  DATA_PROTECTION = 'DATA_PROTECTION',
  SECURITY = 'SECURITY',
  COST = 'COST',
  SUPPORT_LOAD = 'SUPPORT_LOAD',
}
registerEnumType(RequestKind, { name: 'TechRequestKind' });
registerEnumType(RequestStatus, {
  name: 'TechRequestStatus',
  description: "After an appeal the status is the executive's decision",
});
registerEnumType(DecisionKind, { name: 'TechDecision' });
registerEnumType(RiskKind, { name: 'TechRisk' });

@ObjectType()
export class RequestDecision {
  @Field(() => DecisionKind) outcome: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true }) conditions: string | null;
  @Field(() => [RiskKind]) risks: string[];
  @Field(() => [String]) alternatives: string[];
  @Field(() => User) decidedBy: User;
  @Field() decidedAt: Date;
}

@ObjectType({ description: "The requester's appeal and, once decided, the executive's collaborative decision" })
export class RequestAppeal {
  @Field() note: string;
  @Field() appealedAt: Date;
  @Field(() => DecisionKind, { nullable: true }) outcome: string | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field(() => User, { nullable: true }) decidedBy: User | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
}

@ObjectType()
export class TechRequest {
  @Field(() => ID) id: string;
  @Field(() => School) school: School;
  @Field(() => User) requester: User;
  @Field(() => RequestKind) kind: string;
  @Field() title: string;
  @Field({ description: 'What the requester wants to achieve' }) goal: string;
  @Field({ description: 'Why it matters to them' }) reason: string;
  @Field(() => String, { nullable: true }) appName: string | null;
  @Field(() => String, { nullable: true }) vendor: string | null;
  @Field(() => RequestStatus) status: string;
  @Field(() => RequestDecision, { nullable: true }) decision: RequestDecision | null;
  @Field(() => RequestAppeal, { nullable: true }) appeal: RequestAppeal | null;
  @Field() createdAt: Date;
}

@InputType()
export class RaiseTechRequestInput {
  @Field(() => ID) schoolId: string;
  @Field(() => RequestKind) kind: RequestKind;
  @Field() title: string;
  @Field({ description: 'What you want to achieve' }) goal: string;
  @Field({ nullable: true, description: 'Why it matters' }) reason?: string;
  @Field({ nullable: true }) appName?: string;
  @Field({ nullable: true }) vendor?: string;
}

@InputType()
export class DecideTechRequestInput {
  @Field(() => ID) requestId: string;
  @Field(() => DecisionKind) decision: DecisionKind;
  @Field({ nullable: true, description: 'Required for DECLINED' }) reason?: string;
  @Field(() => [RiskKind], { nullable: true, description: 'Required for DECLINED' }) risks?: RiskKind[];
  @Field(() => [String], { nullable: true, description: 'At least one for DECLINED' }) alternatives?: string[];
  @Field({ nullable: true, description: 'Required for APPROVED_WITH_CONDITIONS' }) conditions?: string;
}
