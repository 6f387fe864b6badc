import { badInput, text } from '@trustops/service-kit';

/** Scheduled board packs (pure, table-tested): who receives them, when they next go, which range they cover. */
export type Cadence = 'WEEKLY' | 'MONTHLY';
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function checkRecipients(recipients: string[]): string[] {
  const clean = [...new Set(recipients.map((r) => r.trim().toLowerCase()).filter(Boolean))];
  if (!clean.length) throw badInput('Name at least one address to send the pack to', { field: 'recipients' });
  if (clean.length > 20)
    throw badInput('Send to at most 20 addresses; use a group address for more', { field: 'recipients' });
  // 254: the longest address SMTP carries (RFC 5321), tighter than a reason's limit
  for (const address of clean) text('recipients', address, 'reason', { label: 'Each address', max: 254 });
  const bad = clean.find((r) => !EMAIL.test(r));
  if (bad) throw badInput(`"${bad}" is not an email address`, { field: 'recipients' });
  return clean;
}

/** The next run after `from`: a week later, or the same day of the next month (clamped to its last day). */
export function nextRun(cadence: Cadence, from: Date): Date {
  if (cadence === 'WEEKLY') return new Date(from.getTime() + 7 * 86_400_000);
  const next = new Date(from);
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, last));
  return next;
}

/** The range a pack sent at `at` covers: the 7 or 30 days up to the day before. */
export function rangeFor(cadence: Cadence, at: Date): { from: string; to: string } {
  const to = new Date(at.getTime() - 86_400_000);
  const from = new Date(to.getTime() - (cadence === 'WEEKLY' ? 6 : 29) * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}
