import type { SchoolCalendarQuery } from '../../../gql/graphql';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import { SchoolCalendarDocument } from '../graphql/schools.graphql';

export type CalendarEvent = SchoolCalendarQuery['calendar'][number];

export const useCalendar = (schoolId: string, from: string, to: string) =>
  useGraphQLQuery(['calendar', schoolId, from, to], SchoolCalendarDocument, { schoolId, from, to });
