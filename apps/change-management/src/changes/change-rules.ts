import { Freeze, freezesOverlapping, nextFreeWindow, SchoolCalendar } from '@trustops/school-calendar';

/** Pure rules of a change request (table-tested): who approves, which moves are allowed, what a freeze blocks. */
export type Risk = 'LOW' | 'MEDIUM' | 'HIGH';
export type ChangeStatus =
  'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'SCHEDULED' | 'DONE' | 'FAILED' | 'BACKED_OUT';

export type Check = { ok: true } | { ok: false; code: string; message: string };

/** MEDIUM and HIGH risk need the IT director; LOW an engineer or the director; nobody approves their own change. */
export function checkApprover(role: string, approverId: string, creatorId: string, risk: Risk): Check {
  if (approverId === creatorId)
    return {
      ok: false,
      code: 'SELF_APPROVAL',
      message: 'Nobody approves their own change: ask another engineer or the IT director',
    };
  if (risk !== 'LOW' && role !== 'IT_DIRECTOR')
    return {
      ok: false,
      code: 'CHANGE_NEEDS_DIRECTOR',
      message: `A ${risk.toLowerCase()}-risk change needs the IT director's approval`,
    };
  if (role !== 'IT_DIRECTOR' && role !== 'ENGINEER')
    return { ok: false, code: 'FORBIDDEN', message: 'Engineers and the IT director approve changes' };
  return { ok: true };
}

const MOVES: Record<string, ChangeStatus[]> = {
  submit: ['DRAFT'],
  decide: ['SUBMITTED'],
  schedule: ['APPROVED', 'SCHEDULED'],
  complete: ['SCHEDULED'],
};

export function checkStep(step: keyof typeof MOVES, status: ChangeStatus): Check {
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
