import { currentAcademicYear, DEMO_USERS, demoId, DemoTrust } from '@trustops/demo-data';
import { academicYearCalendar } from '@trustops/school-calendar';
import { assertIdentifier } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';

/**
 * A demo trust's schools, calendars and members as directory seeds them (same ids, same rules), so a service
 * started with SEED_DEMO has its copies before any event arrives. Idempotent.
 */
export async function seedDirectoryCopies(
  em: EntityManager,
  schema: string,
  trust: DemoTrust,
  today = new Date(),
): Promise<void> {
  const s = assertIdentifier(schema);
  const year = currentAcademicYear(today);
  for (const school of trust.schools) {
    await em.query(`INSERT INTO ${s}.school_ref (id, name, phase) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`, [
      school.id,
      school.name,
      school.phase,
    ]);
    for (const e of academicYearCalendar(year, {
      secondary: school.phase === 'SECONDARY' || school.phase === 'ALL_THROUGH',
    })) {
      const schoolId = e.kind === 'BANK_HOLIDAY' ? null : school.id;
      await em.query(
        `INSERT INTO ${s}.calendar_ref (id, school_id, kind, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (id) DO NOTHING`,
        [
          demoId('calendar', schoolId ?? 'trust', e.kind, e.startsOn, e.title),
          schoolId,
          e.kind,
          e.title,
          e.startsOn,
          e.endsOn,
        ],
      );
    }
  }
  for (const user of DEMO_USERS) {
    const m = user.memberships.find((x) => x.trustId === trust.id);
    if (!m) continue;
    await em.query(
      `INSERT INTO ${s}.member_ref (user_id, display_name, role, school_ids, educator_lead) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (trust_id, user_id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, school_ids = excluded.school_ids,
        educator_lead = excluded.educator_lead`,
      [user.id, user.displayName, m.role, m.schoolIds ?? null, m.educatorLead ?? false],
    );
  }
}
