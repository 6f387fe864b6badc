import { eachDay, isWeekend } from './dates';

export type CalendarEventKind = 'TERM' | 'HALF_TERM' | 'INSET' | 'BANK_HOLIDAY' | 'EXAM_WINDOW' | 'CLOSURE' | 'FREEZE';

/** Dates are local (YYYY-MM-DD) and endsOn is inclusive. */
export interface CalendarEvent {
  kind: CalendarEventKind;
  title: string;
  startsOn: string;
  endsOn: string;
}

export interface SchoolCalendar {
  timeZone: string;
  dayStart: string;
  dayEnd: string;
  events: CalendarEvent[];
}

export const DEFAULT_HOURS = { timeZone: 'Europe/London', dayStart: '08:00', dayEnd: '17:00' };

export const schoolCalendar = (events: CalendarEvent[], hours: Partial<typeof DEFAULT_HOURS> = {}): SchoolCalendar => ({
  ...DEFAULT_HOURS,
  ...hours,
  events,
});

const closedDays = new WeakMap<SchoolCalendar, Set<string>>();

/** Bank holidays and closures, expanded to days once per calendar. */
function closed(cal: SchoolCalendar): Set<string> {
  let days = closedDays.get(cal);
  if (!days) {
    days = new Set();
    for (const e of cal.events) {
      if (e.kind === 'BANK_HOLIDAY' || e.kind === 'CLOSURE') for (const d of eachDay(e.startsOn, e.endsOn)) days.add(d);
    }
    closedDays.set(cal, days);
  }
  return days;
}

/**
 * A working day for the central IT team: Monday to Friday, not a bank holiday, not a school closure.
 * Half terms and holidays are working days (the team works through them); INSET days are too.
 */
export const isWorkingDay = (cal: SchoolCalendar, localDate: string) =>
  !isWeekend(localDate) && !closed(cal).has(localDate);

export const eventsOn = (cal: SchoolCalendar, localDate: string, kind?: CalendarEventKind) =>
  cal.events.filter((e) => (!kind || e.kind === kind) && e.startsOn <= localDate && localDate <= e.endsOn);
