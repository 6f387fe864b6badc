import { toCsv } from '../../../ui/csv';
import type { BoardRow } from './board-types';

/** How the board colours and sorts its cells (pure, tested). Thresholds are the trust's usual ones; see README. */
export type Tone = 'good' | 'warn' | 'bad' | 'none';

export function slaTone(percent: number | null): Tone {
  if (percent === null) return 'none';
  return percent >= 90 ? 'good' : percent >= 75 ? 'warn' : 'bad';
}

export function incidentTone(row: Pick<BoardRow, 'openIncidents' | 'maxSeverity' | 'icoClocksRunning'>): Tone {
  if (row.icoClocksRunning > 0 || row.maxSeverity === 'SEV1' || row.maxSeverity === 'SEV2') return 'bad';
  return row.openIncidents > 0 ? 'warn' : 'good';
}

export function coverageTone(coverage: number | null): Tone {
  if (coverage === null) return 'none';
  return coverage >= 0.9 ? 'good' : coverage >= 0.7 ? 'warn' : 'bad';
}

export const ragTone = (rag: BoardRow['rag']): Tone => (rag.red > 0 ? 'bad' : rag.amber > 0 ? 'warn' : 'good');

export type SortKey =
  'schoolName' | 'openTickets' | 'slaMetPercent' | 'breaches' | 'csatAverage' | 'standardsCoverage' | 'openIncidents';

/** Sorted copy; empty figures go last whichever way. */
export function sortRows(rows: BoardRow[], key: SortKey, descending: boolean): BoardRow[] {
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return descending ? -order : order;
  });
}

/** The board as CSV, one row per school. */
export function boardCsv(rows: BoardRow[]): string {
  return toCsv(rows, [
    ['School', (r) => r.schoolName],
    ['Phase', (r) => r.phase],
    ['Open tickets', (r) => r.openTickets],
    ['Opened', (r) => r.ticketsOpened],
    ['Resolved', (r) => r.ticketsResolved],
    ['SLA met %', (r) => r.slaMetPercent],
    ['Breaches', (r) => r.breaches],
    ['Median first response (min)', (r) => r.medianFirstResponseMinutes],
    ['CSAT', (r) => r.csatAverage],
    ['Enablement share', (r) => r.enablementShare],
    ['Open incidents', (r) => r.openIncidents],
    ['Worst severity', (r) => r.maxSeverity],
    ['ICO clocks', (r) => r.icoClocksRunning],
    ['Changes this week', (r) => r.changesThisWeek],
    ['Standards coverage', (r) => r.standardsCoverage],
    ['Green', (r) => r.rag.green],
    ['Amber', (r) => r.rag.amber],
    ['Red', (r) => r.rag.red],
  ]);
}
