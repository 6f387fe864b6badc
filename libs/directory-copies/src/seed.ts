import { CalendarChanged, DirectoryEvents, EventEnvelope, MembershipChanged, SchoolAdded } from '@trustops/contracts';
import { currentAcademicYear, demoCalendarId, DEMO_USERS, demoId, DemoTrust } from '@trustops/demo-data';
import { academicYearCalendar } from '@trustops/school-calendar';
import { EntityManager } from 'typeorm';
import { applyDirectoryEvent } from './apply-event';

/**
 * The demo's state predates every real change: a seeded event never overwrites what a real event set (a demo
 * technician suspended, a role changed) when a service starts again.
 */
const DEMO_EPOCH = '2000-01-01T00:00:00.000Z';

/**
 * A demo trust's schools, calendars and members as directory seeds them (same ids, same rules), as the events
 * directory would send for them. A service started with SEED_DEMO applies them through the same path as
 * directory's events, so it has its copies before any event arrives. Idempotent.
 */
export async function seedDirectoryCopies(
  em: EntityManager,
  schema: string,
  trust: DemoTrust,
  today = new Date(),
): Promise<void> {
  for (const event of demoDirectoryEvents(trust, today)) await applyDirectoryEvent(schema, event, em);
}

export function demoDirectoryEvents(trust: DemoTrust, today = new Date()): EventEnvelope[] {
  const year = currentAcademicYear(today);
  const events = new Map<string, EventEnvelope>();
  const add = <T extends keyof DirectoryEvents>(type: T, key: string, payload: DirectoryEvents[T]) =>
    events.set(`${type} ${key}`, {
      id: demoId('event', trust.id, type, key),
      type,
      trustId: trust.id,
      source: 'directory',
      actorId: null,
      occurredAt: DEMO_EPOCH,
      payload,
    });
  for (const school of trust.schools) {
    const { id: schoolId, name, urn, phase, localAuthority } = school;
    add('school.added', schoolId, { schoolId, name, urn, phase, localAuthority } satisfies SchoolAdded);
    const secondary = phase === 'SECONDARY' || phase === 'ALL_THROUGH';
    for (const e of academicYearCalendar(year, { secondary })) {
      // Bank holidays are the same for every school: one trust-wide row each (added once).
      const sid = e.kind === 'BANK_HOLIDAY' ? null : schoolId;
      const eventId = demoCalendarId(trust.id, sid, e);
      add('calendar.changed', eventId, {
        schoolId: sid,
        eventId,
        action: 'added',
        kind: e.kind,
        title: e.title,
        startsOn: e.startsOn,
        endsOn: e.endsOn,
      } satisfies CalendarChanged);
    }
  }
  for (const user of DEMO_USERS) {
    const m = user.memberships.find((x) => x.trustId === trust.id);
    if (!m) continue;
    add('membership.changed', user.id, {
      userId: user.id,
      displayName: user.displayName,
      email: user.email,
      role: m.role,
      schoolIds: m.schoolIds ?? null,
      educatorLead: m.educatorLead ?? false,
      status: 'ACTIVE',
      tokensValidFrom: null,
    } satisfies MembershipChanged);
  }
  return [...events.values()];
}
