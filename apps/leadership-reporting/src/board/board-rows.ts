import { percent } from './board-rules';
import { BoardRow, WeekPoint } from './board.types';

/** One school's figures as the board's statement returns them (board.repository.ts). */
export interface Figures {
  schoolId: string;
  name: string;
  phase: string;
  open: number;
  opened: number;
  enablement: number;
  resolved: number;
  met: number;
  breached: number;
  csatSum: number;
  csatCount: number;
  done: number;
  failed: number;
  medianFr: number | null;
  openIncidents: number;
  maxSeverity: string | null;
  ico: number;
  changesThisWeek: number;
  stdMet: number;
  stdPartly: number;
  stdTotal: number;
  green: number;
  amber: number;
  red: number;
  sev1: number;
  sev2: number;
  sev3: number;
  sev4: number;
  trustMedianFr?: number | null;
}

/** One school's (or the trust's) counters for one week. */
export type Trend = { schoolId: string; week: string; opened: number; resolved: number; met: number; breached: number };

/** What the trust row counts once however many schools an incident, change or initiative touches. */
export type TrustCounts = Pick<
  Figures,
  | 'openIncidents'
  | 'maxSeverity'
  | 'ico'
  | 'changesThisWeek'
  | 'green'
  | 'amber'
  | 'red'
  | 'sev1'
  | 'sev2'
  | 'sev3'
  | 'sev4'
>;

/** A school's figures as the board shows them. */
export function rowOf(f: Figures, trend: WeekPoint[]): BoardRow {
  return {
    school: { id: f.schoolId },
    schoolName: f.name,
    phase: f.phase,
    openTickets: f.open,
    ticketsOpened: f.opened,
    ticketsResolved: f.resolved,
    slaMetPercent: percent(f.met, f.met + f.breached),
    breaches: f.breached,
    medianFirstResponseMinutes: f.medianFr === null ? null : Math.round(f.medianFr),
    csatAverage: f.csatCount ? Math.round((10 * f.csatSum) / f.csatCount) / 10 : null,
    csatCount: f.csatCount,
    enablementShare: f.opened ? Math.round((1000 * f.enablement) / f.opened) / 1000 : null,
    openIncidents: f.openIncidents,
    maxSeverity: f.maxSeverity,
    icoClocksRunning: f.ico,
    changesThisWeek: f.changesThisWeek,
    changesDone: f.done,
    changesFailed: f.failed,
    standardsCoverage: f.stdTotal ? Math.round((1000 * (f.stdMet + f.stdPartly / 2)) / f.stdTotal) / 1000 : null,
    rag: { green: f.green, amber: f.amber, red: f.red },
    trend,
    openIncidentsBySeverity: { sev1: f.sev1, sev2: f.sev2, sev3: f.sev3, sev4: f.sev4 },
  };
}

export function trendOf(weeks: string[], rows: Trend[]): WeekPoint[] {
  return weeks.map((weekStart) => {
    const here = rows.filter((r) => r.week === weekStart);
    const sum = (k: 'opened' | 'resolved' | 'met' | 'breached') => here.reduce((n, r) => n + r[k], 0);
    return {
      weekStart,
      ticketsOpened: sum('opened'),
      ticketsResolved: sum('resolved'),
      slaMetPercent: percent(sum('met'), sum('met') + sum('breached')),
    };
  });
}

/** The trust as one row: the schools' counters added up, and the trust-wide counts of incidents, changes and initiatives. */
export function totalOf(rows: Figures[], trust: TrustCounts & Pick<Figures, 'medianFr'>): Figures {
  const sum = (k: keyof Figures) => rows.reduce((n, r) => n + (r[k] as number), 0);
  return {
    schoolId: 'trust',
    name: 'All schools',
    phase: '',
    open: sum('open'),
    opened: sum('opened'),
    enablement: sum('enablement'),
    resolved: sum('resolved'),
    met: sum('met'),
    breached: sum('breached'),
    csatSum: sum('csatSum'),
    csatCount: sum('csatCount'),
    done: sum('done'),
    failed: sum('failed'),
    stdMet: sum('stdMet'),
    stdPartly: sum('stdPartly'),
    stdTotal: sum('stdTotal'),
    ...trust,
  };
}
