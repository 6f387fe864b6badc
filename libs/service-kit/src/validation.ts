import { badInput } from './errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A canonical UUID (what every id in TrustOps is). */
export const isUuid = (value: string | null | undefined): value is string =>
  typeof value === 'string' && UUID.test(value);

/** A calendar range a person asked for (YYYY-MM-DD): from ≤ to, and at most `maxDays` long, called `span` in the message. */
export function checkDateRange(from: string, to: string, maxDays: number, span: string): void {
  if (from > to) throw badInput('"from" must be on or before "to"', { field: 'from' });
  if ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 > maxDays)
    throw badInput(`Ask for at most ${span} at a time`, { field: 'to' });
}

/** `text` as a literal inside a LIKE pattern: `%`, `_` and the escape character match only themselves. */
export const likeLiteral = (text: string): string => text.replace(/[%_\\]/g, (c) => `\\${c}`);
