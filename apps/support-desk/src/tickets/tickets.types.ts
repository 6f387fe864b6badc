import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TICKET_STATUSES, TicketStatus } from '@trustops/contracts';
import { ConnectionType } from '@trustops/service-kit';
import { School, User } from '@trustops/directory-copies';

export enum TicketKindEnum {
  FAULT = 'FAULT',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  HOW_TO = 'HOW_TO',
  ENABLEMENT = 'ENABLEMENT',
}
/** The GraphQL enum of contracts' TICKET_STATUSES: one list of statuses for the desk, reporting and the web. */
export const TicketStatusEnum = Object.fromEntries(TICKET_STATUSES.map((s) => [s, s])) as {
  readonly [S in TicketStatus]: S;
};
export type TicketStatusEnum = TicketStatus;
export enum PriorityEnum {
  P1 = 'P1',
  P2 = 'P2',
  P3 = 'P3',
  P4 = 'P4',
}
export enum LevelEnum {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
export enum TicketSortEnum {
  DUE_SOONEST = 'DUE_SOONEST',
  NEWEST = 'NEWEST',
}
export enum SlaStateEnum {
  ON_TRACK = 'ON_TRACK',
  WARNING = 'WARNING',
  BREACHED = 'BREACHED',
  MET = 'MET',
  PAUSED = 'PAUSED',
}
registerEnumType(TicketKindEnum, {
  name: 'TicketKind',
  description: 'FAULT: "fix XYZ"; ENABLEMENT: "how can I achieve abc" (seed 003)',
});
registerEnumType(TicketStatusEnum, { name: 'TicketStatus' });
registerEnumType(PriorityEnum, { name: 'Priority' });
registerEnumType(LevelEnum, { name: 'Level' });
registerEnumType(SlaStateEnum, { name: 'SlaState' });
registerEnumType(TicketSortEnum, {
  name: 'TicketSort',
  description: 'DUE_SOONEST: resolution due time, soonest first (the queue); NEWEST: raised most recently first',
});

export { School, User };

@ObjectType()
export class Sla {
  @Field(() => SlaStateEnum) state: SlaStateEnum;
  @Field() firstResponseDueAt: Date;
  @Field(() => Date, { nullable: true }) firstRespondedAt: Date | null;
  @Field({ description: 'Moves while the ticket waits on the requester' }) resolutionDueAt: Date;
  @Field(() => Int, {
    description:
      'Minutes until the resolution due time (negative once breached); the due time itself is in working time',
  })
  resolutionMinutesLeft: number;
  @Field(() => Int, {
    nullable: true,
    description:
      "Working minutes left on the resolution clock in the school's hours (negative once breached; frozen while paused; null once resolved)",
  })
  resolutionWorkingMinutesLeft: number | null;
  @Field() firstResponseWarningAt: Date;
  @Field() resolutionWarningAt: Date;
  @Field(() => Int, { description: 'Target in working minutes, fixed when the ticket was raised' })
  firstResponseTargetMinutes: number;
  @Field(() => Int, { description: 'Target in working minutes, fixed when the ticket was raised' })
  resolutionTargetMinutes: number;
}

@ObjectType({ description: "One step of the ticket's history (status, assignment, SLA warnings and breaches)" })
export class TicketEvent {
  @Field() action: string;
  @Field() summary: string;
  @Field(() => User, { nullable: true }) actor: User | null;
  @Field() at: Date;
}

@ObjectType()
export class TicketReply {
  @Field(() => ID) id: string;
  @Field(() => User) author: User;
  @Field() body: string;
  @Field({ description: 'Internal notes are never shown to the requester' }) internal: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
@Directive('@key(fields: "id")')
export class Ticket {
  @Field(() => ID) id: string;
  @Field({ description: 'Per-trust number, e.g. NLT-1042' }) number: string;
  @Field(() => TicketKindEnum) kind: string;
  @Field(() => TicketStatusEnum) status: string;
  @Field(() => PriorityEnum) priority: string;
  @Field() category: string;
  @Field() subject: string;
  @Field() description: string;
  @Field(() => [String]) tags: string[];
  @Field({ description: 'Raised during the school exam window (exam-critical categories rise one priority)' })
  raisedInExamWindow: boolean;
  @Field(() => Int, { nullable: true }) csatScore: number | null;
  @Field(() => String, { nullable: true }) csatComment: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The team queue auto-routing chose' }) team: string | null;
}

@ObjectType()
export class TicketConnection extends ConnectionType(Ticket, 'Ticket') {}

@InputType()
export class RaiseTicketInput {
  @Field(() => ID) schoolId: string;
  @Field() subject: string;
  @Field() description: string;
  @Field(() => TicketKindEnum) kind: TicketKindEnum;
  @Field(() => LevelEnum) impact: LevelEnum;
  @Field(() => LevelEnum) urgency: LevelEnum;
  @Field({ description: 'NETWORK, DEVICES, PRINTING, ACCOUNTS, SOFTWARE, EXAMS, AV, FILTERING or OTHER' })
  category: string;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => ID, { nullable: true, description: 'The device this is about (an asset of the same school)' })
  assetId?: string;
}

@InputType()
export class TicketFilter {
  @Field(() => [ID], { nullable: true }) schoolIds?: string[];
  @Field(() => [TicketStatusEnum], { nullable: true }) status?: TicketStatusEnum[];
  @Field(() => [PriorityEnum], { nullable: true }) priority?: PriorityEnum[];
  @Field(() => ID, { nullable: true }) assigneeId?: string;
  @Field(() => [TicketKindEnum], { nullable: true }) kind?: TicketKindEnum[];
  @Field(() => [SlaStateEnum], { nullable: true }) slaState?: SlaStateEnum[];
  @Field({ nullable: true, description: 'Words to find in the subject or description' }) text?: string;
  @Field({ nullable: true, description: 'A team queue name' }) team?: string;
}
