import { useGraphQLQueries } from '../../../api/use-graphql-query';
import { SchoolCalendarDocument } from '../../schools/graphql/schools.graphql';
import { calendarKeys } from './calendar-keys';
import { mergeEvents } from '../utils/calendar-view';

/**
 * The events of `from..to` at the given schools, each listed once: the API answers one school at a time (its
 * own events and the trust-wide ones), so a view of several schools asks for each and merges.
 */
export function useTrustCalendar(schoolIds: string[], from: string, to: string) {
  const results = useGraphQLQueries(
    (v) => calendarKeys.school(v.schoolId, v.from ?? '', v.to ?? ''),
    SchoolCalendarDocument,
    schoolIds.map((schoolId) => ({ schoolId, from, to })),
    { enabled: !!from && !!to },
  );
  const error = results.find((r) => r.error)?.error ?? null;
  const isPending = results.some((r) => r.isPending);
  // Merged only once every school has answered, so the list does not jump as answers arrive.
  const events = isPending || error ? [] : mergeEvents(results.map((r) => r.data?.calendar ?? []));
  return { events, error, isPending };
}
