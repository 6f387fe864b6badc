import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@trustops/service-kit';
import { School, User } from '../entity-refs';

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
export enum ChangeStatusEnum {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SCHEDULED = 'SCHEDULED',
  DONE = 'DONE',
  FAILED = 'FAILED',
  BACKED_OUT = 'BACKED_OUT',
}
export enum ChangeOutcome {
  DONE = 'DONE',
  FAILED = 'FAILED',
  BACKED_OUT = 'BACKED_OUT',
}
export enum FreezeKindEnum {
  TERM_START = 'TERM_START',
  INSET = 'INSET',
  EXAM_WINDOW = 'EXAM_WINDOW',
  TRUST = 'TRUST',
}
registerEnumType(RiskLevel, { name: 'ChangeRisk' });
registerEnumType(ChangeStatusEnum, { name: 'ChangeStatus' });
registerEnumType(ChangeOutcome, { name: 'ChangeOutcome' });
registerEnumType(FreezeKindEnum, {
  name: 'FreezeKind',
  description: 'TERM_START: the last two working days before a term starts',
});

@ObjectType({
  description: "Days a school takes no classroom-affecting change without its educator's consent (seed 002)",
})
export class Freeze {
  @Field(() => FreezeKindEnum) kind: string;
  @Field() title: string;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar) endsOn: string;
}

@ObjectType()
export class ChangeConsent {
  @Field(() => School) school: School;
  @Field(() => User) consentedBy: User;
  @Field() consentedAt: Date;
}

@ObjectType()
export class Change {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [School]) schools: School[];
  @Field({ description: 'Does it touch what teachers and pupils use in lessons?' }) classroomImpact: boolean;
  @Field(() => RiskLevel) risk: string;
  @Field() plan: string;
  @Field() backoutPlan: string;
  @Field(() => ChangeStatusEnum) status: string;
  @Field(() => User) createdBy: User;
  @Field(() => User, { nullable: true }) decidedBy: User | null;
  @Field(() => String, { nullable: true }) decisionComment: string | null;
  @Field(() => Date, { nullable: true }) proposedStart: Date | null;
  @Field(() => Date, { nullable: true }) proposedEnd: Date | null;
  @Field(() => Date, { nullable: true }) scheduledStart: Date | null;
  @Field(() => Date, { nullable: true }) scheduledEnd: Date | null;
  @Field(() => User, { nullable: true, description: 'Who scheduled (and implements) it' }) scheduledBy: User | null;
  @Field(() => [ChangeConsent]) consents: ChangeConsent[];
}

@ObjectType({ description: "One school's freezes and changes in a date range: the change calendar" })
export class ChangeCalendarRow {
  @Field(() => School) school: School;
  @Field(() => [Freeze]) freezes: Freeze[];
  @Field(() => [Change]) changes: Change[];
}

@InputType()
export class CreateChangeInput {
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [ID]) schoolIds: string[];
  @Field() classroomImpact: boolean;
  @Field(() => RiskLevel) risk: RiskLevel;
  @Field({ nullable: true }) plan?: string;
  @Field({ nullable: true }) backoutPlan?: string;
  @Field({ nullable: true }) proposedStart?: Date;
  @Field({ nullable: true }) proposedEnd?: Date;
}

@InputType()
export class ChangeFilter {
  @Field(() => [ChangeStatusEnum], { nullable: true }) status?: ChangeStatusEnum[];
  @Field(() => ID, { nullable: true }) schoolId?: string;
  @Field({ nullable: true, description: 'Scheduled to start at or after' }) from?: Date;
  @Field({ nullable: true, description: 'Scheduled to start before' }) to?: Date;
}
