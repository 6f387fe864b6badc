import type { CalendarEventKind } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { AddCalendarEventDocument, RemoveCalendarEventDocument } from '../graphql/calendar.graphql';
import { calendarKeys } from './calendar-keys';

export interface NewCalendarEvent {
  kind: CalendarEventKind;
  title: string;
  startsOn: string;
  endsOn: string;
}

/**
 * Add an event to each target (a school id, or null for trust-wide), one addCalendarEvent per school, in order;
 * the first refusal stops the rest and shows through `error`. Removing refreshes the calendars too.
 */
export function useCalendarEdits() {
  const add = useGraphQLMutation(AddCalendarEventDocument, () => [calendarKeys.all]);
  const remove = useGraphQLMutation(RemoveCalendarEventDocument, () => [calendarKeys.all]);
  async function addEvent(event: NewCalendarEvent, targets: (string | null)[]): Promise<number> {
    let added = 0;
    for (const schoolId of targets) {
      if (!(await succeeded(add.mutateAsync({ input: { ...event, schoolId } })))) break;
      added += 1;
    }
    return added;
  }
  return {
    addEvent,
    removeEvent: (id: string) => succeeded(remove.mutateAsync({ id })),
    isAdding: add.isPending,
    isRemoving: remove.isPending,
    addError: add.error,
    removeError: remove.error,
  };
}
