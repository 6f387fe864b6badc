import { CalendarEvent, eventsOn, SchoolCalendar } from './calendar';
import { localDateOf } from './zoned';

/** In a term and not in its half term. */
export function isInTerm(cal: SchoolCalendar, at: Date): boolean {
  const day = localDateOf(at, cal.timeZone);
  return eventsOn(cal, day, 'TERM').length > 0 && eventsOn(cal, day, 'HALF_TERM').length === 0;
}

export function examWindowAt(cal: SchoolCalendar, at: Date): CalendarEvent | null {
  return eventsOn(cal, localDateOf(at, cal.timeZone), 'EXAM_WINDOW')[0] ?? null;
}
