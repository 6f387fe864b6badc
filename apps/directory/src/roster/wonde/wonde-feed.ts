import type { RosterFeed, RosterPerson } from '../oneroster-csv';
import type { WondeEmployee, WondeSchool } from './wonde-client';

export interface WondeSchoolStaff {
  school: WondeSchool;
  employees: WondeEmployee[];
}

/** A headteacher by any of the titles MIS job titles use; the preview makes them their school's educator lead. */
const HEAD = /^(executive |acting )?(head ?teacher|head of school|principal)$/i;

/** One person per Wonde employee record at one school (the preview merges the same email at two schools). */
function personOf(e: WondeEmployee, school: WondeSchool): RosterPerson | null {
  const details = e.employment_details?.data;
  if (details?.current === false) return null;
  const emails = e.contact_details?.data?.emails;
  const role = (details?.role_text ?? '').trim().toLowerCase();
  return {
    misId: e.id,
    email: (emails?.work || emails?.email || '').trim().toLowerCase(),
    givenName: (e.forename || e.legal_forename || '').trim(),
    familyName: (e.surname || e.legal_surname || '').trim(),
    schoolSourcedIds: [school.id],
    misRoles: [...new Set([...(role ? [role] : []), ...(HEAD.test(role) ? ['headteacher'] : [])])],
    line: 0,
  };
}

/** Every school's staff as a feed; `withdrawn` names schools that no longer let the integration in (a partial feed). */
export function feedFromWonde(staff: WondeSchoolStaff[], withdrawn: string[]): RosterFeed {
  return {
    schools: staff.map(({ school }) => ({ sourcedId: school.id, name: school.name, urn: String(school.urn ?? '') })),
    people: staff.flatMap(({ school, employees }) =>
      employees.map((e) => personOf(e, school)).filter((p): p is RosterPerson => !!p),
    ),
    skipped: 0,
    ...(withdrawn.length ? { partial: withdrawn } : {}),
  };
}

/**
 * The feed a nightly delta leaves: the last one with the records Wonde says changed replaced (or dropped, when no
 * longer current), and the deleted ones gone. What the delta does not mention stays as it was.
 */
export function patchFeed(
  previous: RosterFeed,
  changed: WondeSchoolStaff[],
  deleted: Set<string>,
  withdrawn: string[],
) {
  const changedIds = new Set(changed.flatMap(({ employees }) => employees.map((e) => e.id)));
  const delta = feedFromWonde(changed, withdrawn);
  const kept = previous.people.filter((p) => !changedIds.has(p.misId) && !deleted.has(p.misId));
  const known = new Set(previous.schools.map((school) => school.sourcedId));
  const schools = [...previous.schools, ...delta.schools.filter((school) => !known.has(school.sourcedId))];
  const feed: RosterFeed = { ...previous, schools, people: [...kept, ...delta.people] };
  delete feed.partial;
  if (withdrawn.length) feed.partial = withdrawn;
  return feed;
}
