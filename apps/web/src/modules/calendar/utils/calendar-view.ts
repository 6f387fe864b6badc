import type { CalendarEventKind } from '../../../gql/graphql';
import type { SchoolScope } from '../../../ui/school-scope';

export interface ListedEvent {
  id: string;
  kind: CalendarEventKind;
  title: string;
  startsOn: string;
  endsOn: string;
  /** null: trust-wide. */
  schoolId?: string | null;
}

/** Which schools a view or a new event is for: the whole trust, or the chosen ones. */
export type { SchoolScope };

/** The kinds a person can add, in the order a school year meets them. */
export const EVENT_KINDS: CalendarEventKind[] = [
  'TERM',
  'HALF_TERM',
  'INSET',
  'BANK_HOLIDAY',
  'EXAM_WINDOW',
  'CLOSURE',
  'FREEZE',
];

const DAY_MS = 86_400_000;
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const addDays = (date: string, days: number) =>
  new Date(dayOf(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);

/** What the page opens on: from today, the next 13 weeks (about a term). */
export const defaultRange = (today: string) => ({ from: today, to: addDays(today, 90) });

/** One list from each school's answer: an event seen through several schools (a trust-wide one) once, by date. */
export function mergeEvents<E extends ListedEvent>(lists: E[][]): E[] {
  const byId = new Map<string, E>();
  for (const list of lists) for (const event of list) byId.set(event.id, event);
  return [...byId.values()].sort(
    (a, b) =>
      a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn) || a.title.localeCompare(b.title),
  );
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Events grouped by the month they start in, months in order (the list is sorted by mergeEvents). */
export function groupByMonth<E extends ListedEvent>(events: E[]): { month: string; label: string; events: E[] }[] {
  const groups: { month: string; label: string; events: E[] }[] = [];
  for (const event of events) {
    const month = event.startsOn.slice(0, 7);
    let group = groups.at(-1);
    if (group?.month !== month) {
      group = { month, label: MONTH.format(dayOf(`${month}-01`)), events: [] };
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

// "Mon, 2 Mar 2026" in Node's ICU, "Mon 2 Mar 2026" in some browsers: one spelling everywhere.
const dayLabel = (date: string) => DAY.format(dayOf(date)).replace(',', '');

/** "Mon 2 Mar 2026", or "Mon 2 Mar 2026 – Fri 6 Mar 2026" (both days inclusive). */
export const dateSpan = (startsOn: string, endsOn: string) =>
  startsOn === endsOn ? dayLabel(startsOn) : `${dayLabel(startsOn)} – ${dayLabel(endsOn)}`;

/** The schools a view asks about: every school for the whole trust (each answer carries the trust-wide events too). */
export const schoolsToRead = (scope: SchoolScope, allSchoolIds: string[]) =>
  scope.wholeTrust ? allSchoolIds : scope.schoolIds;

/** Where new events go: one trust-wide event (schoolId null), or one per chosen school. */
export const addTargets = (scope: SchoolScope): (string | null)[] => (scope.wholeTrust ? [null] : scope.schoolIds);

/** What the form says after adding: "Added for the whole trust", "Added to 3 schools", "Added to 2 of 3 schools". */
export function addedSummary(added: number, asked: (string | null)[]): string {
  if (asked.length === 1 && asked[0] === null) return added ? 'Added for the whole trust.' : 'Nothing was added.';
  const schools = (n: number) => `${n} ${n === 1 ? 'school' : 'schools'}`;
  if (added === asked.length) return `Added to ${schools(added)}.`;
  return `Added to ${added} of ${schools(asked.length)}; the rest were not added.`;
}
