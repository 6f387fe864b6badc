import { addDays, eachDay } from './dates';
import { isWorkingDay, SchoolCalendar } from './calendar';
import { localDateOf, zonedTime } from './zoned';

const MINUTE = 60_000;
const MAX_DAYS = 3660;

/** [start, end) of the school's working hours on a local date, or null when it is not a working day. */
function workingWindow(cal: SchoolCalendar, localDate: string): [number, number] | null {
  if (!isWorkingDay(cal, localDate)) return null;
  return [
    zonedTime(localDate, cal.dayStart, cal.timeZone).getTime(),
    zonedTime(localDate, cal.dayEnd, cal.timeZone).getTime(),
  ];
}

/** Working minutes in [from, to): school hours on working days, whatever the UTC offset that day. */
export function workingMinutesBetween(cal: SchoolCalendar, from: Date, to: Date): number {
  if (to <= from) return 0;
  let total = 0;
  for (const day of eachDay(localDateOf(from, cal.timeZone), localDateOf(to, cal.timeZone))) {
    const window = workingWindow(cal, day);
    if (!window) continue;
    const start = Math.max(window[0], from.getTime());
    const end = Math.min(window[1], to.getTime());
    if (end > start) total += (end - start) / MINUTE;
  }
  return total;
}

/**
 * The instant when `minutes` working minutes have passed since `from`. Outside hours the clock starts at the
 * next opening; whole non-working days are skipped a day at a time, never a minute at a time.
 */
export function addWorkingMinutes(cal: SchoolCalendar, from: Date, minutes: number): Date {
  if (minutes <= 0) return from;
  let remaining = minutes * MINUTE;
  let day = localDateOf(from, cal.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day = addDays(day, 1)) {
    const window = workingWindow(cal, day);
    if (!window) continue;
    const start = Math.max(window[0], from.getTime());
    const available = window[1] - start;
    if (available <= 0) continue;
    if (remaining <= available) return new Date(start + remaining);
    remaining -= available;
  }
  throw new RangeError(`no working time found within ${MAX_DAYS} days of ${from.toISOString()}`);
}

export interface PausedInterval {
  from: Date;
  to: Date;
}

/**
 * When an SLA of `minutes` working minutes falls due if the clock started at `start` and stood still during
 * `paused` (waiting on the requester). Pauses must be in order and not overlap.
 */
export function slaDueAt(cal: SchoolCalendar, start: Date, minutes: number, paused: PausedInterval[] = []): Date {
  let remaining = minutes;
  let clock = start;
  for (const pause of paused) {
    const due = addWorkingMinutes(cal, clock, remaining);
    if (due <= pause.from) return due;
    remaining -= workingMinutesBetween(cal, clock, pause.from);
    clock = pause.to;
  }
  return addWorkingMinutes(cal, clock, remaining);
}
