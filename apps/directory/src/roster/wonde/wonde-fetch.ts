import type { RosterFeed } from '../oneroster-csv';
import type { WondeClient, WondeEmployee, WondeSchool } from './wonde-client';
import { feedFromWonde, patchFeed, WondeSchoolStaff } from './wonde-feed';
import { noSchools } from './wonde.errors';

export type WondeMode = { kind: 'full' } | { kind: 'delta'; since: Date; previous: RosterFeed };

/**
 * Reads the trust's schools from Wonde: those that approved the integration and carry a URN of the trust. A full
 * read takes every employee; a delta only those changed since the last read, and the deletions, patched onto the
 * last feed (a school new to the integration is read whole). A school that refuses the integration, or one read
 * before that is no longer approved, makes the feed partial: it suspends nobody. Any other failure throws, so
 * nothing half-read is kept.
 */
export async function fetchWonde(
  client: WondeClient,
  trustUrns: Set<string>,
  mode: WondeMode,
  previous: RosterFeed | null,
) {
  const approved = await client.schools();
  const ours = approved.filter((s) => trustUrns.has(String(s.urn ?? '')));
  if (!ours.length) throw noSchools();
  const withdrawn = (previous?.schools ?? [])
    .filter((before) => !ours.some((s) => s.id === before.sourcedId))
    .map((s) => s.name);
  const staff: WondeSchoolStaff[] = [];
  const deleted = new Set<string>();
  const known = new Set((mode.kind === 'delta' ? mode.previous.schools : []).map((s) => s.sourcedId));
  for (const school of ours) {
    const since = mode.kind === 'delta' && known.has(school.id) ? mode.since : undefined;
    const employees = await client.employees(school.id, since);
    if (!employees.ok) {
      withdrawn.push(school.name);
      continue;
    }
    staff.push({ school, employees: employees.items as WondeEmployee[] });
    if (since) {
      const gone = await client.deletions(school.id, since);
      if (gone.ok) for (const d of gone.items) deleted.add(d.id);
      else withdrawn.push(school.name);
    }
  }
  const feed =
    mode.kind === 'delta' ? patchFeed(mode.previous, staff, deleted, withdrawn) : feedFromWonde(staff, withdrawn);
  return { feed, schools: ours as WondeSchool[] };
}
