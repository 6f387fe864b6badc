import { useGraphQLQuery } from '../../../api/use-graphql-query';
import type { BoardRow } from '../utils/board-types';

export type { BoardRow, WeekPoint } from '../utils/board-types';

const ROW = `school { id } schoolName phase openTickets ticketsOpened ticketsResolved slaMetPercent breaches medianFirstResponseMinutes csatAverage csatCount
  enablementShare openIncidents maxSeverity openIncidentsBySeverity { sev1 sev2 sev3 sev4 } icoClocksRunning changesThisWeek standardsCoverage rag { green amber red } trend { weekStart ticketsOpened ticketsResolved slaMetPercent }`;

/** While the live stream is connected it refetches on each change (useLive); polling is the fallback. */
export const BOARD_POLL_SECONDS = 5;
const pollEvery = (live: boolean) => (live ? 60_000 : BOARD_POLL_SECONDS * 1000);

export const useBoard = (from: string, to: string, live: boolean) =>
  useGraphQLQuery<{ board: { from: string; to: string; schools: BoardRow[]; totals: BoardRow } }>(
    ['board', from, to],
    `query ($f: Date, $t: Date) { board(from: $f, to: $t) { from to schools { ${ROW} } totals { ${ROW} } } }`,
    { f: from, t: to },
    true,
    pollEvery(live),
  );

export const useSchoolStatus = (schoolId: string, live: boolean) =>
  useGraphQLQuery<{ schoolStatus: BoardRow }>(
    ['school-status', schoolId],
    `query ($s: ID!) { schoolStatus(schoolId: $s) { ${ROW} } }`,
    { s: schoolId },
    true,
    pollEvery(live),
  );
