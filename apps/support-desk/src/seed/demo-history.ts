import { demoUser, NORTHSTAR } from '@trustops/demo-data';
import { Actor, TenantDb } from '@trustops/service-kit';
import { TicketsService } from '../tickets/tickets.service';
import { TicketWorkService } from '../tickets/ticket-work.service';
import { TicketKindEnum } from '../tickets/tickets.types';

const DAY = 86_400_000;
const SUBJECTS: [string, TicketKindEnum, string][] = [
  ['Laptop will not connect to Wi-Fi', TicketKindEnum.FAULT, 'NETWORK'],
  ['Printer offline in the staff room', TicketKindEnum.FAULT, 'PRINTING'],
  ['New starter needs an account', TicketKindEnum.SERVICE_REQUEST, 'ACCOUNTS'],
  ['How do I set homework in Classroom?', TicketKindEnum.HOW_TO, 'SOFTWARE'],
  ['Panel shows no picture', TicketKindEnum.FAULT, 'AV'],
  ['How can I give instant feedback on writing?', TicketKindEnum.ENABLEMENT, 'SOFTWARE'],
  ['Website blocked for a lesson', TicketKindEnum.SERVICE_REQUEST, 'FILTERING'],
  ['Forgotten password', TicketKindEnum.FAULT, 'ACCOUNTS'],
];

/** A small deterministic generator, so every fresh start shows the same history. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Twelve weeks of ordinary desk life at every Northstar school (raised, answered, mostly resolved in time, some
 * rated), through the services themselves so the events tell reporting about it. For `pnpm start` only
 * (SEED_HISTORY=true): tests count tickets and keep to the small demo set.
 */
export async function seedHistory(
  db: TenantDb,
  tickets: TicketsService,
  work: TicketWorkService,
  today = new Date(),
): Promise<void> {
  const [{ n }] = await db.runInTenant({ trustId: NORTHSTAR.id }, (em) =>
    em.query(`SELECT count(*)::int AS n FROM support_desk.ticket WHERE created_at < now() - interval '14 days'`),
  );
  if (n > 0) return;
  const director = demoUser('director@northstar.example');
  const tech = demoUser('engineer@northstar.example');
  const asDirector: Actor = { userId: director.id, trustId: NORTHSTAR.id, role: 'IT_DIRECTOR', schoolIds: null };
  const asTech: Actor = { userId: tech.id, trustId: NORTHSTAR.id, role: 'ENGINEER', schoolIds: null };
  const random = generator(42);
  for (const [si, school] of NORTHSTAR.schools.entries()) {
    for (let week = 12; week >= 1; week--) {
      const count = 1 + Math.floor(random() * (3 + (si % 3)));
      for (let i = 0; i < count; i++) {
        const raisedAt = new Date(
          today.getTime() -
            week * 7 * DAY +
            Math.floor(random() * 5) * DAY +
            (8 + Math.floor(random() * 7)) * 3_600_000,
        );
        if (raisedAt > today) continue;
        const [subject, kind, category] = SUBJECTS[Math.floor(random() * SUBJECTS.length)];
        await db.runInTenant(asDirector, async (em) => {
          const ticket = await tickets.raise(
            asDirector,
            {
              schoolId: school.id,
              subject,
              description: 'Reported by the school office.',
              kind,
              impact: 'MEDIUM' as never,
              urgency: (random() < 0.2 ? 'HIGH' : 'MEDIUM') as never,
              category,
            },
            raisedAt,
          );
          await em.query('UPDATE support_desk.ticket SET created_at = $2 WHERE id = $1', [ticket.id, raisedAt]);
          const answered = new Date(raisedAt.getTime() + (20 + Math.floor(random() * 200)) * 60_000);
          if (answered > today) return;
          await work.reply(asTech, ticket.id, 'On it: I will update you shortly.', false, answered);
          const resolved = new Date(
            answered.getTime() + Math.floor(random() * (random() < 0.15 ? 6 : 2)) * DAY + 3 * 3_600_000,
          );
          if (resolved > today) return;
          await work.changeStatus(asTech, ticket.id, 'RESOLVED', resolved);
          if (random() < 0.4) await work.rate(asDirector, ticket.id, 3 + Math.floor(random() * 3), null);
        });
      }
    }
  }
}
