import { DEMO_TRUSTS, demoUser } from '@trustops/demo-data';
import { seedDirectoryCopies } from '@trustops/directory-copies';
import { Actor, TenantDb } from '@trustops/service-kit';
import { TicketsService } from '../tickets/tickets.service';
import { TicketWorkService } from '../tickets/ticket-work.service';
import { Level } from '../tickets/ticket-rules';
import { TicketKindEnum } from '../tickets/tickets.types';
import { seedAssets, seedKnowledge } from './demo-knowledge';

/**
 * The desk's copies of directory's demo trusts, schools, calendars and members (libs/directory-copies), articles,
 * assets, and a handful of tickets so the queue shows something on first start. Idempotent: copies upsert,
 * tickets only on an empty desk.
 */
export async function seedDemo(
  db: TenantDb,
  tickets: TicketsService,
  work: TicketWorkService,
  today = new Date(),
): Promise<void> {
  for (const trust of DEMO_TRUSTS) {
    await db.runInTenant({ trustId: trust.id }, async (em) => {
      await em.query('INSERT INTO support_desk.trust_ref (code) VALUES ($1) ON CONFLICT (trust_id) DO NOTHING', [
        trust.code,
      ]);
      await seedDirectoryCopies(em, 'support_desk', trust, today);
      await seedKnowledge(
        em,
        trust,
        demoUser(trust.code === 'NLT' ? 'engineer@northstar.example' : 'director@riverside.example').id,
      );
      await seedAssets(em, trust);
    });
  }
  const northstar = DEMO_TRUSTS[0];
  const [{ n }] = await db.runInTenant({ trustId: northstar.id }, (em) =>
    em.query('SELECT count(*)::int AS n FROM support_desk.ticket'),
  );
  if (n > 0) return;
  const teacher = demoUser('teacher@northstar.example');
  const tech = demoUser('tech@northstar.example');
  const asTeacher: Actor = {
    userId: teacher.id,
    trustId: northstar.id,
    role: 'STAFF',
    schoolIds: teacher.memberships[0].schoolIds ?? null,
  };
  const asTech: Actor = {
    userId: tech.id,
    trustId: northstar.id,
    role: 'TECHNICIAN',
    schoolIds: tech.memberships[0].schoolIds ?? null,
  };
  const oakfield = northstar.schools[0].id;
  await db.runInTenant({ trustId: northstar.id }, (em) =>
    em.query(
      `INSERT INTO support_desk.routing_rule (school_id, category, team, assignee_id) VALUES (NULL, 'NETWORK', 'Network team', NULL), ($1, NULL, 'Oakfield site tech', $2)
     ON CONFLICT DO NOTHING`,
      [oakfield, tech.id],
    ),
  );
  const raise = (
    subject: string,
    description: string,
    kind: TicketKindEnum,
    impact: Level,
    urgency: Level,
    category: string,
  ) =>
    db.runInTenant(asTeacher, () =>
      tickets.raise(asTeacher, {
        schoolId: oakfield,
        subject,
        description,
        kind,
        impact: impact as never,
        urgency: urgency as never,
        category,
      }),
    );
  const wifi = await raise(
    'Wi-Fi drops in Year 4 classroom',
    'Laptops lose the network every few minutes since Monday.',
    TicketKindEnum.FAULT,
    'HIGH',
    'MEDIUM',
    'NETWORK',
  );
  await raise(
    'Projector bulb in the hall',
    'The hall projector is very dim; assembly on Friday.',
    TicketKindEnum.FAULT,
    'MEDIUM',
    'MEDIUM',
    'AV',
  );
  await raise(
    'How do I share a Google Classroom with a supply teacher?',
    'Covering Year 5 next week.',
    TicketKindEnum.HOW_TO,
    'LOW',
    'MEDIUM',
    'SOFTWARE',
  );
  await raise(
    'Help me set up quizzes that mark themselves',
    'How can I cut marking time for weekly spelling tests?',
    TicketKindEnum.ENABLEMENT,
    'LOW',
    'LOW',
    'SOFTWARE',
  );
  await db.runInTenant(asTech, async () => {
    await work.assign(asTech, wifi.id, tech.id);
    await work.reply(
      asTech,
      wifi.id,
      'Thanks Jess, I will be on site at Oakfield this afternoon to check the access point.',
      false,
    );
  });
}
