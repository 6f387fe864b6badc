export interface WeekDay {
  date: string;
  label: string;
}
export interface DatedEvent {
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

const DAY_MS = 86_400_000;
const LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

/** Today's date in Europe/London, whatever the browser's zone. */
export const londonDate = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

/** Monday to Friday of the week containing `now` (at a weekend: the week ahead). */
export function schoolWeek(now: Date): WeekDay[] {
  const today = Date.parse(`${londonDate(now)}T00:00:00Z`);
  const weekday = new Date(today).getUTCDay();
  const monday = today + (weekday === 0 ? 1 : weekday === 6 ? 2 : 1 - weekday) * DAY_MS;
  return LABELS.map((label, i) => {
    const date = new Date(monday + i * DAY_MS).toISOString().slice(0, 10);
    return { date, label: `${label} ${Number(date.slice(8))}` };
  });
}

export const eventsOn = <T extends DatedEvent>(events: T[], date: string) =>
  events.filter((e) => e.startsOn <= date && date <= e.endsOn);

const KIND_LABELS: Record<string, string> = {
  TERM: 'Term',
  HALF_TERM: 'Half term',
  INSET: 'INSET',
  BANK_HOLIDAY: 'Bank holiday',
  EXAM_WINDOW: 'Exams',
  CLOSURE: 'Closed',
  FREEZE: 'Change freeze',
};
export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

/** The one label a day cell shows: the most telling event (a closure beats "term"). */
export function dayStatus(events: DatedEvent[]): string {
  const order = ['BANK_HOLIDAY', 'CLOSURE', 'INSET', 'HALF_TERM', 'EXAM_WINDOW', 'FREEZE', 'TERM'];
  const top = [...events].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
  return top ? kindLabel(top.kind) : 'Holiday';
}
