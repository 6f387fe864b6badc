import { hash } from '@node-rs/argon2';
import {
  DEMO_PASSWORD,
  DEMO_TRUSTS,
  DEMO_USERS,
  currentAcademicYear,
  demoCalendarId,
  demoId,
} from '@trustops/demo-data';
import { academicYearCalendar, CalendarEvent } from '@trustops/school-calendar';
import { TenantDb } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';

/**
 * Seeds PRODUCT.md's demo trusts, schools, users and calendars. Idempotent: every row has a name-based id and
 * is inserted with ON CONFLICT DO NOTHING, so `pnpm start` can run it every time.
 */
export async function seedDemo(db: TenantDb, today = new Date()): Promise<void> {
  const year = currentAcademicYear(today);
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.runAsSystem(async (em) => {
    for (const trust of DEMO_TRUSTS) {
      // The demo trusts ask no second step, so the README's demo sign-in stays one step (tests turn it on).
      await em.query(
        'INSERT INTO directory.trust (id, code, name, mfa_required) VALUES ($1, $2, $3, false) ON CONFLICT (id) DO NOTHING',
        [trust.id, trust.code, trust.name],
      );
    }
    for (const user of DEMO_USERS) {
      await em.query(
        `INSERT INTO directory.app_user (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
        [user.id, user.email, user.displayName, passwordHash],
      );
      for (const m of user.memberships) {
        await em.query(
          `INSERT INTO directory.membership (id, trust_id, user_id, role, school_ids, educator_lead, display_name, email)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (trust_id, user_id) DO NOTHING`,
          [
            demoId('membership', m.trustId, user.id),
            m.trustId,
            user.id,
            m.role,
            m.schoolIds ?? null,
            m.educatorLead ?? false,
            user.displayName,
            user.email,
          ],
        );
      }
    }
  });
  for (const trust of DEMO_TRUSTS) {
    await db.runInTenant({ trustId: trust.id }, async (em) => {
      for (const school of trust.schools) {
        await em.query(
          `INSERT INTO directory.school (id, name, urn, phase, local_authority) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
          [school.id, school.name, school.urn, school.phase, school.localAuthority],
        );
        for (const site of school.sites) {
          await em.query(
            'INSERT INTO directory.site (id, school_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
            [demoId('site', school.id, site), school.id, site],
          );
        }
        const events = academicYearCalendar(year, {
          secondary: school.phase === 'SECONDARY' || school.phase === 'ALL_THROUGH',
        });
        await insertEvents(
          em,
          trust.id,
          school.id,
          events.filter((e) => e.kind !== 'BANK_HOLIDAY'),
        );
      }
      // Bank holidays are the same for every school: one trust-wide row each.
      await insertEvents(
        em,
        trust.id,
        null,
        academicYearCalendar(year).filter((e) => e.kind === 'BANK_HOLIDAY'),
      );
    });
  }
}

async function insertEvents(
  em: EntityManager,
  trustId: string,
  schoolId: string | null,
  events: CalendarEvent[],
): Promise<void> {
  if (!events.length) return;
  const rows = events.map((e) => [
    demoCalendarId(trustId, schoolId, e),
    schoolId,
    e.kind,
    e.title,
    e.startsOn,
    e.endsOn,
  ]);
  await em.query(
    `INSERT INTO directory.calendar_event (id, school_id, kind, title, starts_on, ends_on)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[]) ON CONFLICT (id) DO NOTHING`,
    [0, 1, 2, 3, 4, 5].map((i) => rows.map((r) => r[i])),
  );
}
