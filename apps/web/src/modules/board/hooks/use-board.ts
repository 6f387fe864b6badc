import type { ReportCadence } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  BoardDocument,
  CancelReportScheduleDocument,
  ReportSchedulesDocument,
  ScheduleBoardPackDocument,
  SchoolStatusDocument,
} from '../graphql/board.graphql';

export type { BoardRow, WeekPoint } from '../utils/board-types';

/** Query keys: 'board' and 'school-status' are the ones the board's live stream refreshes. */
export const boardKeys = {
  board: (from: string, to: string) => ['board', from, to] as const,
  school: (schoolId: string) => ['school-status', schoolId] as const,
  schedules: ['report-schedules'] as const,
};

/** While the live stream is connected it refetches on each change (useLive); polling is the fallback. */
export const BOARD_POLL_SECONDS = 5;
const pollEvery = (live: boolean) => ({ refetchInterval: live ? 60_000 : BOARD_POLL_SECONDS * 1000 });

export const useBoard = (from: string, to: string, live: boolean) =>
  useGraphQLQuery(boardKeys.board(from, to), BoardDocument, { from, to }, pollEvery(live));

export const useSchoolStatus = (schoolId: string, live: boolean) =>
  useGraphQLQuery(boardKeys.school(schoolId), SchoolStatusDocument, { schoolId }, pollEvery(live));

export const useReportSchedules = () => useGraphQLQuery(boardKeys.schedules, ReportSchedulesDocument);

/** Send the board pack by email on a schedule, or stop one. */
export function useReportScheduling() {
  const schedule = useGraphQLMutation(ScheduleBoardPackDocument, () => [boardKeys.schedules]);
  const cancel = useGraphQLMutation(CancelReportScheduleDocument, () => [boardKeys.schedules]);
  return {
    schedule: (cadence: ReportCadence, recipients: string[]) =>
      succeeded(schedule.mutateAsync({ cadence, recipients })),
    cancel: (id: string) => succeeded(cancel.mutateAsync({ id })),
    isScheduling: schedule.isPending,
    error: schedule.error ?? cancel.error,
  };
}
