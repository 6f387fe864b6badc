import { academicYearCalendar, CalendarEventKind } from '@trustops/school-calendar';
import { academicYearAround, DateRange } from './calendar-range';

/**
 * What a new school takes from the trust: its term and holiday pattern. Not exam windows (they depend on the
 * school's phase and exam centre), closures (one school's boiler or snow day) or freezes (set for one piece of
 * work); bank holidays are trust-wide rows already, and apply to the new school without a copy.
 */
export const DEFAULT_KINDS: readonly CalendarEventKind[] = ['TERM', 'HALF_TERM', 'INSET'];

export interface PatternEvent {
  schoolId: string;
  kind: CalendarEventKind;
  title: string;
  startsOn: string;
  endsOn: string;
}

export type DefaultEvent = Omit<PatternEvent, 'schoolId'>;

export type DefaultYear =
  | { startYear: number; source: 'school'; schoolId: string; events: DefaultEvent[] }
  | { startYear: number; source: 'rules'; events: DefaultEvent[] };

/** The academic years a new school is given on `today` (YYYY-MM-DD): the one running and the next. */
export function defaultYears(today: string): number[] {
  const current = Number(academicYearAround(today).from.slice(0, 4));
  return [current, current + 1];
}

/** Events that start from 1 August of `startYear` to 31 July after: each event falls in exactly one year. */
export const startsInYear = (startYear: number): DateRange => ({
  from: `${startYear}-08-01`,
  to: `${startYear + 1}-07-31`,
});

/**
 * One year of the new school's calendar. The pattern of the open school with the most such events that year
 * (the school whose calendar is kept most completely; a tie goes to the lowest id, so the answer is stable),
 * copied whole rather than voted event by event, which could mix two schools' half terms into a year neither
 * keeps. A year no open school has terms for comes from the rules in libs/school-calendar.
 */
export function defaultYear(startYear: number, others: PatternEvent[]): DefaultYear {
  const range = startsInYear(startYear);
  const inYear = others.filter(
    (e) => DEFAULT_KINDS.includes(e.kind) && e.startsOn >= range.from && e.startsOn <= range.to,
  );
  const bySchool = new Map<string, PatternEvent[]>();
  for (const e of inYear) bySchool.set(e.schoolId, [...(bySchool.get(e.schoolId) ?? []), e]);
  const withTerms = [...bySchool.entries()].filter(([, events]) => events.some((e) => e.kind === 'TERM'));
  withTerms.sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const chosen = withTerms[0];
  if (chosen) {
    const [schoolId, events] = chosen;
    return { startYear, source: 'school', schoolId, events: events.map(withoutSchool).sort(byStart) };
  }
  const events = academicYearCalendar(startYear)
    .filter((e) => DEFAULT_KINDS.includes(e.kind))
    .map(({ kind, title, startsOn, endsOn }) => ({ kind, title, startsOn, endsOn }));
  return { startYear, source: 'rules', events };
}

const withoutSchool = ({ kind, title, startsOn, endsOn }: PatternEvent): DefaultEvent => ({
  kind,
  title,
  startsOn,
  endsOn,
});

const byStart = (a: DefaultEvent, b: DefaultEvent) =>
  a.startsOn.localeCompare(b.startsOn) || a.kind.localeCompare(b.kind);
