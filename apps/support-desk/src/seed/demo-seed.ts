import { currentAcademicYear, DEMO_TRUSTS, DEMO_USERS, demoId, demoUser, DemoTrust } from '@trustops/demo-data';
import { academicYearCalendar } from '@trustops/school-calendar';
import { Actor, TenantDb } from '@trustops/service-kit';
import { TicketsService } from '../tickets/tickets.service';
import { TicketWorkService } from '../tickets/ticket-work.service';
import { Level } from '../tickets/ticket-rules';
import { TicketKindEnum } from '../tickets/tickets.types';
import { seedAssets, seedKnowledge } from './demo-knowledge';
import { EntityManager } from 'typeorm';

/**
 * The desk's copy of directory's demo trusts, schools and calendars (same ids, same rules), and a handful of
 * tickets so the queue shows something on first start. Idempotent: copies upsert, tickets only on an empty desk.
 */
export async function seedDemo(db: TenantDb, tickets: TicketsService, work: TicketWorkService, today = new Date()): Promise<void> {
  const year = currentAcademicYear(today);
  for (const trust of DEMO_TRUSTS) {
    await db.runInTenant({ trustId: trust.id }, async (em) => {
      await em.query('INSERT INTO support_desk.trust_ref (code) VALUES ($1) ON CONFLICT (trust_id) DO NOTHING', [trust.code]);
      for (const school of trust.schools) {
        await em.query('INSERT INTO support_desk.school_ref (id, name, phase) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [school.id, school.name, school.phase]);
        const events = academicYearCalendar(year, { secondary: school.phase === 'SECONDARY' || school.phase === 'ALL_THROUGH' });
        for (const e of events) {
          const schoolId = e.kind === 'BANK_HOLIDAY' ? null : school.id;
          await em.query(`INSERT INTO support_desk.calendar_ref (id, school_id, kind, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (id) DO NOTHING`, [demoId('calendar', schoolId ?? 'trust', e.kind, e.startsOn, e.title), schoolId, e.kind, e.title, e.startsOn, e.endsOn]);
        }
      }
      await seedMembers(em, trust);
      await seedKnowledge(em, trust, demoUser(trust.code === 'NLT' ? 'engineer@northstar.example' : 'director@riverside.example').id);
      await seedAssets(em, trust);
    });
  }
  const northstar = DEMO_TRUSTS[0];
  const [{ n }] = await db.runInTenant({ trustId: northstar.id }, (em) => em.query('SELECT count(*)::int AS n FROM support_desk.ticket'));
  if (n > 0) return;
  const teacher = demoUser('teacher@northstar.example');
  const tech = demoUser('tech@northstar.example');
  const asTeacher: Actor = { userId: teacher.id, trustId: northstar.id, role: 'STAFF', schoolIds: teacher.memberships[0].schoolIds ?? null };
  const asTech: Actor = { userId: tech.id, trustId: northstar.id, role: 'TECHNICIAN', schoolIds: tech.memberships[0].schoolIds ?? null };
  const oakfield = northstar.schools[0].id;
  await db.runInTenant({ trustId: northstar.id }, (em) => em.query(
    `INSERT INTO support_desk.routing_rule (school_id, category, team, assignee_id) VALUES (NULL, 'NETWORK', 'Network team', NULL), ($1, NULL, 'Oakfield site tech', $2)
     ON CONFLICT DO NOTHING`, [oakfield, tech.id]));
  const raise = (subject: string, description: string, kind: TicketKindEnum, impact: Level, urgency: Level, category: string) =>
    db.runInTenant(asTeacher, () => tickets.raise(asTeacher, { schoolId: oakfield, subject, description, kind, impact: impact as never, urgency: urgency as never, category }));
  const wifi = await raise('Wi-Fi drops in Year 4 classroom', 'Laptops lose the network every few minutes since Monday.', TicketKindEnum.FAULT, 'HIGH', 'MEDIUM', 'NETWORK');
  await raise('Projector bulb in the hall', 'The hall projector is very dim; assembly on Friday.', TicketKindEnum.FAULT, 'MEDIUM', 'MEDIUM', 'AV');
  await raise('How do I share a Google Classroom with a supply teacher?', 'Covering Year 5 next week.', TicketKindEnum.HOW_TO, 'LOW', 'MEDIUM', 'SOFTWARE');
  await raise('Help me set up quizzes that mark themselves', 'How can I cut marking time for weekly spelling tests?', TicketKindEnum.ENABLEMENT, 'LOW', 'LOW', 'SOFTWARE');
  await db.runInTenant(asTech, async () => {
    await work.assign(asTech, wifi.id, tech.id);
    await work.reply(asTech, wifi.id, 'Thanks Jess, I will be on site at Oakfield this afternoon to check the access point.', false);
  });
}

/** Who may hold tickets: the desk's copy of directory's memberships for this trust. */
async function seedMembers(em: EntityManager, trust: DemoTrust): Promise<void> {
  for (const user of DEMO_USERS) {
    const m = user.memberships.find((x) => x.trustId === trust.id);
    if (!m) continue;
    await em.query(`INSERT INTO support_desk.member_ref (user_id, display_name, role, school_ids) VALUES ($1, $2, $3, $4)
      ON CONFLICT (trust_id, user_id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, school_ids = excluded.school_ids`,
      [user.id, user.displayName, m.role, m.schoolIds ?? null]);
  }
}
