import type { ChangeCalendarQuery, ChangeOutcome, ChangesQuery, CreateChangeInput } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  ApproveChangeDocument,
  ChangeCalendarDocument,
  ChangesDocument,
  CompleteChangeDocument,
  ConsentToChangeDocument,
  CreateChangeDocument,
  RejectChangeDocument,
  ScheduleChangeDocument,
  SubmitChangeDocument,
} from '../graphql/changes.graphql';

export type Change = ChangesQuery['changes'][number];
export type CalendarRow = ChangeCalendarQuery['changeCalendar'][number];

/** Query keys: the change board, and the calendar (which shows scheduled changes beside the freezes). */
export const changeKeys = {
  list: ['changes'] as const,
  calendars: ['change-calendar'] as const,
  calendar: (from: string, to: string) => ['change-calendar', from, to] as const,
};

export const useChanges = () => useGraphQLQuery(changeKeys.list, ChangesDocument);
export const useChangeCalendar = (from: string, to: string) =>
  useGraphQLQuery(changeKeys.calendar(from, to), ChangeCalendarDocument, { from, to });

export function useCreateChange() {
  const create = useGraphQLMutation(CreateChangeDocument, () => [changeKeys.list]);
  return {
    create: (input: CreateChangeInput) => succeeded(create.mutateAsync({ input })),
    isPending: create.isPending,
    error: create.error,
  };
}

/** The next steps of one change. Only scheduling and completing move it on or off the calendar. */
export function useChangeActions(changeId: string) {
  const list = () => [changeKeys.list];
  const submit = useGraphQLMutation(SubmitChangeDocument, list);
  const approve = useGraphQLMutation(ApproveChangeDocument, list);
  const reject = useGraphQLMutation(RejectChangeDocument, list);
  const consent = useGraphQLMutation(ConsentToChangeDocument, list);
  const complete = useGraphQLMutation(CompleteChangeDocument, () => [changeKeys.list, changeKeys.calendars]);
  return {
    submit: () => succeeded(submit.mutateAsync({ changeId })),
    approve: (comment: string) => succeeded(approve.mutateAsync({ changeId, comment })),
    reject: (comment: string) => succeeded(reject.mutateAsync({ changeId, comment })),
    consent: (schoolId: string) => succeeded(consent.mutateAsync({ changeId, schoolId })),
    complete: (outcome: ChangeOutcome) => succeeded(complete.mutateAsync({ changeId, outcome })),
    error: submit.error ?? approve.error ?? reject.error ?? consent.error ?? complete.error,
  };
}

/** Schedule a change in a window; a freeze refusal carries the next free window in its details. */
export function useScheduleChange(changeId: string) {
  const schedule = useGraphQLMutation(ScheduleChangeDocument, () => [changeKeys.list, changeKeys.calendars]);
  return {
    schedule: (start: string, end: string) => succeeded(schedule.mutateAsync({ changeId, start, end })),
    isPending: schedule.isPending,
    error: schedule.error,
    reset: schedule.reset,
  };
}
