import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@trustops/service-kit';

import { School } from '@trustops/directory-copies';

export { School };

@ObjectType()
export class WeekPoint {
  @Field(() => DateScalar, { description: 'Monday of the week' }) weekStart: string;
  @Field(() => Int) ticketsOpened: number;
  @Field(() => Int) ticketsResolved: number;
  @Field(() => Float, { nullable: true }) slaMetPercent: number | null;
}

@ObjectType()
export class RagCounts {
  @Field(() => Int) green: number;
  @Field(() => Int) amber: number;
  @Field(() => Int) red: number;
}

@ObjectType()
export class SeverityCounts {
  @Field(() => Int) sev1: number;
  @Field(() => Int) sev2: number;
  @Field(() => Int) sev3: number;
  @Field(() => Int) sev4: number;
}

@ObjectType({ description: 'One school\'s figures for the range (README: "What each board figure means")' })
export class BoardRow {
  @Field(() => School) school: School;
  @Field() schoolName: string;
  @Field() phase: string;
  @Field(() => Int, { description: 'Tickets NEW, OPEN or WAITING now' }) openTickets: number;
  @Field(() => Int) ticketsOpened: number;
  @Field(() => Int) ticketsResolved: number;
  @Field(() => Float, { nullable: true, description: 'Resolved within SLA, % of resolved in range' }) slaMetPercent:
    number | null;
  @Field(() => Int, { description: 'Resolved outside SLA in range' }) breaches: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Median minutes from raise to first public reply, tickets raised in range',
  })
  medianFirstResponseMinutes: number | null;
  @Field(() => Float, { nullable: true }) csatAverage: number | null;
  @Field(() => Int) csatCount: number;
  @Field(() => Float, {
    nullable: true,
    description: 'ENABLEMENT tickets as a share of tickets raised in range, 0 to 1',
  })
  enablementShare: number | null;
  @Field(() => Int) openIncidents: number;
  @Field(() => String, { nullable: true, description: 'Most severe open incident, SEV1 worst' }) maxSeverity:
    string | null;
  @Field(() => SeverityCounts, { description: 'Open incidents (OPEN or MITIGATED) by severity' })
  openIncidentsBySeverity: SeverityCounts;
  @Field(() => Int, { description: 'Data breaches whose ICO notice is still due' }) icoClocksRunning: number;
  @Field(() => Int, { description: 'Changes scheduled to start this week' }) changesThisWeek: number;
  @Field(() => Int) changesDone: number;
  @Field(() => Int) changesFailed: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Standards met (partly met counts half), share of those assessed',
  })
  standardsCoverage: number | null;
  @Field(() => RagCounts, {
    description: 'Live initiatives touching the school (trust-wide ones count for every school)',
  })
  rag: RagCounts;
  @Field(() => [WeekPoint]) trend: WeekPoint[];
}

@ObjectType()
export class Board {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => [BoardRow]) schools: BoardRow[];
  @Field(() => BoardRow, { description: "The whole trust (the school fields are the trust's)" }) totals: BoardRow;
}
