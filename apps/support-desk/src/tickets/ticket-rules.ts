/** Pure rules of a ticket: priority, SLA targets, the status flow. No I/O, table-tested in ticket-rules.spec.ts. */
import { isOpen } from '@trustops/contracts';
import type { TicketKind, TicketPriority, TicketStatus } from '@trustops/contracts';

export type { TicketKind, TicketStatus };
export type Level = 'HIGH' | 'MEDIUM' | 'LOW';
export type Priority = TicketPriority;

export const CATEGORIES = [
  'NETWORK',
  'DEVICES',
  'PRINTING',
  'ACCOUNTS',
  'SOFTWARE',
  'EXAMS',
  'AV',
  'FILTERING',
  'OTHER',
] as const;
/** During a school's exam window these rise one priority: a dead exam-hall laptop cannot wait (PRODUCT.md). */
export const EXAM_CRITICAL = new Set(['EXAMS', 'NETWORK', 'DEVICES', 'PRINTING', 'ACCOUNTS']);

const SCORE: Record<Level, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

/** Impact × urgency: 9 → P1, 6 → P2, 3–4 → P3, below → P4 (the usual ITIL matrix). */
export function priorityOf(impact: Level, urgency: Level): Priority {
  const score = SCORE[impact] * SCORE[urgency];
  return score >= 9 ? 'P1' : score >= 6 ? 'P2' : score >= 3 ? 'P3' : 'P4';
}

export const raisePriority = (p: Priority): Priority => (p === 'P1' ? 'P1' : (`P${Number(p[1]) - 1}` as Priority));

export function effectivePriority(impact: Level, urgency: Level, category: string, inExamWindow: boolean): Priority {
  const base = priorityOf(impact, urgency);
  return inExamWindow && EXAM_CRITICAL.has(category) ? raisePriority(base) : base;
}

export interface SlaTarget {
  firstResponse: number;
  resolution: number;
}
const SCHOOL_DAY = 9 * 60;

/** Default targets in working minutes (PRODUCT.md): P3 resolves in 2 school days, P4 in 5. */
export const DEFAULT_SLA: Record<Priority, SlaTarget> = {
  P1: { firstResponse: 15, resolution: 4 * 60 },
  P2: { firstResponse: 60, resolution: 8 * 60 },
  P3: { firstResponse: 4 * 60, resolution: 2 * SCHOOL_DAY },
  P4: { firstResponse: 8 * 60, resolution: 5 * SCHOOL_DAY },
};

/** The status flow: NEW → OPEN → WAITING → RESOLVED → CLOSED, with OPEN ↔ WAITING and reopening. */
const MOVES: Record<TicketStatus, TicketStatus[]> = {
  NEW: ['OPEN', 'WAITING', 'RESOLVED'],
  OPEN: ['WAITING', 'RESOLVED'],
  WAITING: ['OPEN', 'RESOLVED'],
  RESOLVED: ['OPEN', 'CLOSED'],
  CLOSED: [],
};
export const REOPEN_DAYS = 7;

export type MoveCheck = { ok: true } | { ok: false; reason: string };

export function checkMove(from: TicketStatus, to: TicketStatus, resolvedAt: Date | null, now: Date): MoveCheck {
  if (!MOVES[from].includes(to)) {
    const allowed = MOVES[from].length ? MOVES[from].join(' or ') : 'nothing (it is closed)';
    return { ok: false, reason: `A ${from} ticket can move to ${allowed}, not ${to}` };
  }
  if (
    from === 'RESOLVED' &&
    to === 'OPEN' &&
    resolvedAt &&
    now.getTime() - resolvedAt.getTime() > REOPEN_DAYS * 86_400_000
  ) {
    return {
      ok: false,
      reason: `This ticket was resolved more than ${REOPEN_DAYS} days ago; raise a new one and mention it`,
    };
  }
  return { ok: true };
}

export type SlaState = 'ON_TRACK' | 'WARNING' | 'BREACHED' | 'MET' | 'PAUSED';

export interface SlaFacts {
  status: TicketStatus;
  firstResponseDueAt: Date;
  firstResponseWarningAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date;
  resolutionWarningAt: Date;
  resolvedAt: Date | null;
}

/**
 * Whether a ticket resolved at `resolvedAt` met its SLA: resolved by its resolution due time, and answered by
 * its first-response due time (a ticket never answered counts as answered when resolved). The badge (MET) and
 * the `slaMet` of ticket.status_changed both come from here, so the desk and leadership's board agree.
 */
export const metSla = (t: Omit<SlaFacts, 'status' | 'resolvedAt'>, resolvedAt: Date): boolean =>
  resolvedAt <= t.resolutionDueAt && (t.firstRespondedAt ?? resolvedAt) <= t.firstResponseDueAt;

/** One state for the badge: the worse of the first-response and resolution clocks. */
export function slaStateOf(t: SlaFacts, now: Date): SlaState {
  if (!isOpen(t.status)) return metSla(t, t.resolvedAt ?? now) ? 'MET' : 'BREACHED';
  const responseLate = !t.firstRespondedAt && now > t.firstResponseDueAt;
  const respondedLate = !!t.firstRespondedAt && t.firstRespondedAt > t.firstResponseDueAt;
  if (responseLate || respondedLate || (t.status !== 'WAITING' && now > t.resolutionDueAt)) return 'BREACHED';
  if (t.status === 'WAITING') return 'PAUSED';
  const warning = (!t.firstRespondedAt && now >= t.firstResponseWarningAt) || now >= t.resolutionWarningAt;
  return warning ? 'WARNING' : 'ON_TRACK';
}
