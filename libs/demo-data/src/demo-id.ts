import { createHash } from 'node:crypto';

/**
 * Stable ids for demo rows (a name-based UUID, v5 layout), so every service seeds the same Northstar school
 * ids without asking directory, and re-seeding finds the rows it made before.
 */
export function demoId(...parts: string[]): string {
  const hash = createHash('sha1')
    .update(`trustops-demo:${parts.join('/')}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A demo calendar event's id, the same in directory and in every service's copy. Trust-wide events (bank
 * holidays) are each trust's own row: ids are unique across trusts.
 */
export function demoCalendarId(
  trustId: string,
  schoolId: string | null,
  e: { kind: string; startsOn: string; title: string },
): string {
  return demoId('calendar', schoolId ?? trustId, e.kind, e.startsOn, e.title);
}
