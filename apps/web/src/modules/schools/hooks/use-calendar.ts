import { useGraphQLQuery } from '../../../api/use-graphql-query';
import type { DatedEvent } from '../utils/week';

export interface CalendarEvent extends DatedEvent {
  id: string;
}

const CALENDAR =
  'query Calendar($schoolId: ID!, $from: Date, $to: Date) { calendar(schoolId: $schoolId, from: $from, to: $to) { id kind title startsOn endsOn } }';

export const useCalendar = (schoolId: string, from: string, to: string) =>
  useGraphQLQuery<{ calendar: CalendarEvent[] }>(['calendar', schoolId, from, to], CALENDAR, { schoolId, from, to });
