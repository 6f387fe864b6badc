import { can } from '@trustops/contracts';
import { Freeze, freezesOverlapping, nextFreeWindow, SchoolCalendar } from '@trustops/school-calendar';

/** Pure rules of a change request (table-tested): who approves, which moves are allowed, what a freeze blocks. */
export type Risk = 'LOW' | 'MEDIUM' | 'HIGH';
export type ChangeStatus =
  'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'SCHEDULED' | 'DONE' | 'FAILED' | 'BACKED_OUT';

/** A rule's answer: ok, or the refusal's code (from changes.errors.ts, or the kit's FORBIDDEN) and its reason. */
export type Check<C extends string> = { ok: true } | { ok: false; code: C; message: string };

/** MEDIUM and HIGH risk need the IT director; LOW an engineer or the director; nobody approves their own change. */
export function checkApprover(
  role: string,
  approverId: string,
  creatorId: string,
  risk: Risk,
): Check<'SELF_APPROVAL' | 'CHANGE_NEEDS_DIRECTOR' | 'FORBIDDEN'> {
  if (approverId === creatorId)
    return {
      ok: false,
      code: 'SELF_APPROVAL',
      message: 'Nobody approves their own change: ask another engineer or the IT director',
    };
  if (risk !== 'LOW' && !can(role, 'APPROVE_RISKY_CHANGES'))
    return {
      ok: false,
      code: 'CHANGE_NEEDS_DIRECTOR',
      message: `A ${risk.toLowerCase()}-risk change needs the IT director's approval`,
    };
  if (!can(role, 'APPROVE_CHANGES'))
    return { ok: false, code: 'FORBIDDEN', message: 'Engineers and the IT director approve changes' };
  return { ok: true };
}

export type ChangeStep = 'submit' | 'decide' | 'schedule' | 'complete';

const MOVES: Record<ChangeStep, ChangeStatus[]> = {
  submit: ['DRAFT'],
  decide: ['SUBMITTED'],
  schedule: ['APPROVED', 'SCHEDULED'],
  complete: ['SCHEDULED'],
};

export function checkStep(step: ChangeStep, status: ChangeStatus): Check<'CHANGE_STATUS_MOVE'> {
  if (MOVES[step].includes(status)) return { ok: true };
  return {
    ok: false,
    code: 'CHANGE_STATUS_MOVE',
    message: `A ${status} change cannot be ${{ submit: 'submitted', decide: 'approved or rejected', schedule: 'scheduled', complete: 'completed' }[step]}; it must be ${MOVES[step].join(' or ')}`,
  };
}

export interface SchoolWindow {
  schoolId: string;
  schoolName: string;
  calendar: SchoolCalendar;
  consented: boolean;
}
export interface FreezeBlock {
  schoolId: string;
  schoolName: string;
  freeze: Freeze;
}

/** The freezes a classroom-affecting change would fall in, at schools whose educator has not consented. */
export function freezeBlocks(schools: SchoolWindow[], start: Date, end: Date): FreezeBlock[] {
  return schools
    .filter((s) => !s.consented)
    .flatMap((s) =>
      freezesOverlapping(s.calendar, start, end).map((freeze) => ({
        schoolId: s.schoolId,
        schoolName: s.schoolName,
        freeze,
      })),
    );
}

/** The earliest window of the same length free of freezes at every school (each school's search, until they agree). */
export function nextCommonWindow(
  calendars: SchoolCalendar[],
  from: Date,
  durationMinutes: number,
): { start: Date; end: Date } {
  let start = from;
  for (let round = 0; round < 100; round++) {
    const latest = calendars
      .map((c) => nextFreeWindow(c, start, durationMinutes).start)
      .reduce((a, b) => (b > a ? b : a), start);
    if (latest.getTime() === start.getTime())
      return { start, end: new Date(start.getTime() + durationMinutes * 60_000) };
    start = latest;
  }
  throw new RangeError('no window free of change freezes at every school');
}
