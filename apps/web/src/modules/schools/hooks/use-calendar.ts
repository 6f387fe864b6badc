import type { SchoolCalendarQuery } from '../../../gql/graphql';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import { calendarKeys } from '../../calendar/hooks/calendar-keys';
import { SchoolCalendarDocument } from '../graphql/schools.graphql';

export type CalendarEvent = SchoolCalendarQuery['calendar'][number];

export const useCalendar = (schoolId: string, from: string, to: string) =>
  useGraphQLQuery(calendarKeys.school(schoolId, from, to), SchoolCalendarDocument, { schoolId, from, to });
