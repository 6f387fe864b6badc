import { badInput } from '@trustops/service-kit';

/** Pure helpers of the board (table-tested). */
const DAY = 86_400_000;

/** A reporting range: from ≤ to, at most two years. */
export function checkRange(from: string, to: string): void {
  if (from > to) throw badInput('"to" must be on or after "from"', { field: 'to' });
  if ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY > 731) throw badInput('Ask for at most two years at a time', { field: 'from' });
}

/** Met as a share of met and breached, in percent to one decimal; null when nothing was resolved. */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);

/** The Monday of a date's week (ISO weeks, as schools plan them). */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
}

/** The `count` week starts ending with the week of `to`, oldest first. */
export function weeksEnding(to: string, count = 12): string[] {
  const last = Date.parse(`${mondayOf(to)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * 7 * DAY).toISOString().slice(0, 10));
}
