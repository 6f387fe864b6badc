import { checkDateRange } from '@trustops/service-kit';

/** Pure helpers of the board (table-tested). */
const DAY = 86_400_000;

/** A board range: from ≤ to, at most two years. */
export const checkRange = (from: string, to: string) => checkDateRange(from, to, 731, 'two years');

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
