import { badInput } from '@trustops/service-kit';

/** A calendar range: from ≤ to, at most a year and a day. */
export function checkDateRange(from: string, to: string): void {
  if (from > to) throw badInput('"from" must be on or before "to"', { field: 'from' });
  if ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 > 366) throw badInput('Ask for at most a year at a time', { field: 'to' });
}
