import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@trustops/service-kit';
import { School, User } from '../entity-refs';

export enum IncidentTypeEnum {
  OUTAGE = 'OUTAGE',
  SECURITY = 'SECURITY',
  DATA_BREACH = 'DATA_BREACH',
  OTHER = 'OTHER',
}
export enum SeverityEnum {
  SEV1 = 'SEV1',
  SEV2 = 'SEV2',
  SEV3 = 'SEV3',
  SEV4 = 'SEV4',
}
export enum IncidentStateEnum {
  OPEN = 'OPEN',
  MITIGATED = 'MITIGATED',
  RESOLVED = 'RESOLVED',
  REVIEWED = 'REVIEWED',
}
export enum ActionStatusEnum {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(IncidentTypeEnum, { name: 'IncidentType', description: 'DATA_BREACH starts the 72-hour ICO clock' });
registerEnumType(SeverityEnum, { name: 'Severity' });
registerEnumType(IncidentStateEnum, { name: 'IncidentState' });
registerEnumType(ActionStatusEnum, { name: 'ReviewActionStatus' });

@ObjectType()
export class TimelineEntry {
  @Field(() => ID) id: string;
  @Field(() => User) author: User;
  @Field() at: Date;
  @Field() body: string;
}

@ObjectType()
export class ReviewAction {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => User) owner: User;
  @Field(() => DateScalar) dueOn: string;
  @Field(() => ActionStatusEnum) status: string;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
}

@ObjectType({ description: 'The independent post-incident review (seed 000): readable by governors once published' })
export class Review {
  @Field(() => User) reviewer: User;
  @Field() findings: string;
  @Field(() => [String]) contributingFactors: string[];
  @Field() publishedAt: Date;
  @Field(() => [ReviewAction]) actions: ReviewAction[];
}

@ObjectType()
@Directive('@key(fields: "id")')
export class Incident {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => IncidentTypeEnum) type: string;
  @Field(() => SeverityEnum) severity: string;
  @Field(() => [School]) schools: School[];
  @Field(() => User, { nullable: true }) commander: User | null;
  @Field(() => IncidentStateEnum) state: string;
  @Field({ description: 'When the trust became aware (the ICO clock starts here)' }) awareAt: Date;
  @Field(() => Date, { nullable: true, description: '72 hours after awareness, for a data breach' })
  icoDeadline: Date | null;
  @Field(() => Date, { nullable: true }) icoNotifiedAt: Date | null;
  @Field({ description: 'SEV1, SEV2 and every data breach: REVIEWED only after an independent review' })
  reviewRequired: boolean;
  @Field(() => User, { nullable: true }) reviewer: User | null;
  @Field(() => [ID]) linkedTicketIds: string[];
  @Field(() => [ID]) linkedChangeIds: string[];
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
}

@ObjectType({ description: 'A published review with its incident, for governors and executives' })
export class PublishedReview {
  @Field(() => Incident) incident: Incident;
  @Field(() => Review) review: Review;
}

@InputType()
export class OpenIncidentInput {
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => IncidentTypeEnum) type: IncidentTypeEnum;
  @Field(() => SeverityEnum) severity: SeverityEnum;
  @Field(() => [ID]) schoolIds: string[];
  @Field(() => ID, { nullable: true }) commanderId?: string;
  @Field({ nullable: true, description: 'When the trust became aware; now when empty' }) awareAt?: Date;
}

@InputType()
export class ReviewActionInput {
  @Field() title: string;
  @Field(() => ID) ownerId: string;
  @Field(() => DateScalar) dueOn: string;
}

@InputType()
export class PublishReviewInput {
  @Field(() => ID) incidentId: string;
  @Field() findings: string;
  @Field(() => [String], { nullable: true }) contributingFactors?: string[];
  @Field(() => [ReviewActionInput], { nullable: true }) actions?: ReviewActionInput[];
}

@ObjectType({ description: 'A member of the trust and whether they could review an incident independently' })
export class ReviewerCandidate {
  @Field(() => User) user: User;
  @Field() displayName: string;
  @Field() role: string;
  @Field() independent: boolean;
  @Field(() => [String], { description: 'Why not, in words' }) problems: string[];
}
