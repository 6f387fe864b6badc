import { addWorkingMinutes, SchoolCalendar, workingMinutesBetween } from '@trustops/school-calendar';
import { SlaTarget } from '../ticket-rules';

const WARNING_SHARE = 0.75;

export interface SlaClock {
  firstResponseDueAt: Date;
  firstResponseWarningAt: Date;
  resolutionDueAt: Date;
  resolutionWarningAt: Date;
  /** Working minutes of the resolution clock already used in earlier running spells. */
  consumedMinutes: number;
  /** When the running spell began; null while paused (WAITING) or stopped (RESOLVED). */
  startedAt: Date | null;
}

/** A new ticket: both clocks start now, in the school's working time. */
export function startClock(cal: SchoolCalendar, now: Date, target: SlaTarget): SlaClock {
  return {
    firstResponseDueAt: addWorkingMinutes(cal, now, target.firstResponse),
    firstResponseWarningAt: addWorkingMinutes(cal, now, target.firstResponse * WARNING_SHARE),
    resolutionDueAt: addWorkingMinutes(cal, now, target.resolution),
    resolutionWarningAt: addWorkingMinutes(cal, now, target.resolution * WARNING_SHARE),
    consumedMinutes: 0,
    startedAt: now,
  };
}

/** WAITING or RESOLVED: bank the working time of this spell and stop the clock. */
export function stopClock(cal: SchoolCalendar, clock: SlaClock, now: Date): SlaClock {
  if (!clock.startedAt) return clock;
  return {
    ...clock,
    consumedMinutes: clock.consumedMinutes + workingMinutesBetween(cal, clock.startedAt, now),
    startedAt: null,
  };
}

/**
 * Back to OPEN (the requester answered, or a reopen): the resolution clock runs again for what is left. A
 * clock already past its target keeps its old, passed due time, so the breach stands.
 */
export function resumeClock(cal: SchoolCalendar, clock: SlaClock, now: Date, target: SlaTarget): SlaClock {
  if (clock.startedAt) return clock;
  const left = target.resolution - clock.consumedMinutes;
  const warningLeft = target.resolution * WARNING_SHARE - clock.consumedMinutes;
  return {
    ...clock,
    startedAt: now,
    resolutionDueAt: left > 0 ? addWorkingMinutes(cal, now, left) : clock.resolutionDueAt,
    resolutionWarningAt: warningLeft > 0 ? addWorkingMinutes(cal, now, warningLeft) : clock.resolutionWarningAt,
  };
}

/**
 * Working minutes until the resolution target (negative once past it), as a technician would count them: a
 * paused clock keeps what it had left; a stopped (resolved) one has nothing to count.
 */
export function workingMinutesLeft(
  cal: SchoolCalendar,
  clock: SlaClock & { resolvedAt: Date | null },
  target: SlaTarget,
  now: Date,
): number | null {
  if (clock.resolvedAt) return null;
  if (!clock.startedAt) return target.resolution - clock.consumedMinutes;
  return now <= clock.resolutionDueAt
    ? workingMinutesBetween(cal, now, clock.resolutionDueAt)
    : -workingMinutesBetween(cal, clock.resolutionDueAt, now);
}
