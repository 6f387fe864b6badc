import { addDays } from './dates';
import { isWorkingDay, SchoolCalendar } from './calendar';
import { localDateOf, localMinutesOf, zonedTime } from './zoned';

export type FreezeKind = 'TERM_START' | 'INSET' | 'EXAM_WINDOW' | 'TRUST';
export interface Freeze {
  kind: FreezeKind;
  title: string;
  startsOn: string;
  endsOn: string;
}

const MAX_SEARCH_DAYS = 400;

/**
 * Change freezes (seed 002): the last two working days before each term starts (so term opens on systems
 * that were left alone), INSET days, exam windows, and the trust's own freezes.
 */
export function allFreezes(cal: SchoolCalendar): Freeze[] {
  const freezes: Freeze[] = [];
  for (const e of cal.events) {
    if (e.kind === 'TERM') {
      const days: string[] = [];
      for (let d = addDays(e.startsOn, -1); days.length < 2 && d > addDays(e.startsOn, -60); d = addDays(d, -1)) {
        if (isWorkingDay(cal, d)) days.push(d);
      }
      if (days.length)
        freezes.push({
          kind: 'TERM_START',
          title: `Last two working days before ${e.title}`,
          startsOn: days.at(-1)!,
          endsOn: days[0],
        });
    }
    if (e.kind === 'INSET') freezes.push({ kind: 'INSET', title: e.title, startsOn: e.startsOn, endsOn: e.endsOn });
    if (e.kind === 'EXAM_WINDOW')
      freezes.push({ kind: 'EXAM_WINDOW', title: e.title, startsOn: e.startsOn, endsOn: e.endsOn });
    if (e.kind === 'FREEZE') freezes.push({ kind: 'TRUST', title: e.title, startsOn: e.startsOn, endsOn: e.endsOn });
  }
  return freezes.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.kind.localeCompare(b.kind));
}

/** Freezes overlapping the inclusive local-date range. */
export const freezesBetween = (cal: SchoolCalendar, fromDate: string, toDate: string) =>
  allFreezes(cal).filter((f) => f.startsOn <= toDate && f.endsOn >= fromDate);

export const freezeAt = (cal: SchoolCalendar, at: Date): Freeze | null => {
  const day = localDateOf(at, cal.timeZone);
  return freezesBetween(cal, day, day)[0] ?? null;
};

/** Freezes touching any local day of [start, end). */
export function freezesOverlapping(cal: SchoolCalendar, start: Date, end: Date): Freeze[] {
  const last = new Date(Math.max(start.getTime(), end.getTime() - 1));
  return freezesBetween(cal, localDateOf(start, cal.timeZone), localDateOf(last, cal.timeZone));
}

/**
 * The earliest window of the same length, at the same local time of day, starting at or after `from` that
 * touches no freeze day: what a refused change is offered instead.
 */
export function nextFreeWindow(cal: SchoolCalendar, from: Date, durationMinutes: number): { start: Date; end: Date } {
  const minutes = Math.round(localMinutesOf(from, cal.timeZone));
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  let start = from;
  const limit = addDays(localDateOf(from, cal.timeZone), MAX_SEARCH_DAYS);
  while (localDateOf(start, cal.timeZone) <= limit) {
    const end = new Date(start.getTime() + durationMinutes * 60_000);
    const blocking = freezesOverlapping(cal, start, end);
    if (!blocking.length) return { start, end };
    const lastFrozen = blocking.reduce((max, f) => (f.endsOn > max ? f.endsOn : max), blocking[0].endsOn);
    start = zonedTime(addDays(lastFrozen, 1), time, cal.timeZone);
  }
  throw new RangeError(`no window free of change freezes within ${MAX_SEARCH_DAYS} days`);
}
