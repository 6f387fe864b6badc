/**
 * Leadership reporting at scale (issue 7): 60 schools and 3,000,000 tickets in one trust's rollups, the board
 * through the gateway; event-to-rollup lag with events entering the desk's outbox at 200 a second (relay, BullMQ,
 * consumer); and the time to rebuild a trust from its events.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql } from '@trustops/testing';
import { rebuildTrust } from '../../apps/leadership-reporting/src/rollups/rebuild';
import { benchToken } from './bench-token';
import { measure, percentile } from './stats';

const R = 'leadership_reporting';

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The rollups of one big trust: 60 schools, `tickets` tickets over two years (a fifth still open), 730 days of counters. */
async function seedRollups(admin: Client, trustId: string, tickets: number): Promise<string[]> {
  const schools = Array.from({ length: 60 }, () => randomUUID());
  await admin.query('BEGIN');
  await admin.query(`SELECT set_config('app.trust_id', $1, true)`, [trustId]);
  await admin.query(
    `INSERT INTO ${R}.school_ref (id, name, phase) SELECT id, 'Bench school ' || n, 'PRIMARY' FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)`,
    [schools],
  );
  await admin.query(
    `INSERT INTO ${R}.ticket_state (ticket_id, school_id, kind, priority, status, raised_at, first_response_due_at, resolution_due_at, first_response_minutes, resolved_at, resolved_met)
    SELECT gen_random_uuid(), ($1::uuid[])[1 + g % 60], CASE WHEN g % 7 = 0 THEN 'ENABLEMENT' ELSE 'FAULT' END, 'P3',
      CASE WHEN g % 5 = 0 THEN 'OPEN' ELSE 'CLOSED' END, now() - (g % 1051200) * interval '1 minute', now(), now(), 5 + g % 240,
      CASE WHEN g % 5 = 0 THEN NULL ELSE now() END, g % 9 <> 0
    FROM generate_series(1, $2::int) g`,
    [schools, tickets],
  );
  await admin.query(
    `INSERT INTO ${R}.school_backlog (school_id, open) SELECT school_id, count(*) FROM ${R}.ticket_state WHERE status = 'OPEN' GROUP BY school_id`,
  );
  await admin.query(
    `INSERT INTO ${R}.school_day (school_id, day, tickets_opened, enablement_opened, tickets_resolved, sla_met, sla_breached, csat_sum, csat_count)
    SELECT s, current_date - d, 5, 1, 4, 3, 1, 8, 2 FROM unnest($1::uuid[]) s, generate_series(0, 729) d`,
    [schools],
  );
  await admin.query(
    `INSERT INTO ${R}.incident_state (incident_id, title, school_ids, type, severity, state, opened_at)
    SELECT gen_random_uuid(), 'Bench incident', ARRAY[($1::uuid[])[1 + g % 60]], 'OUTAGE', 'SEV' || (1 + g % 4), CASE WHEN g % 3 = 0 THEN 'OPEN' ELSE 'REVIEWED' END, now()
    FROM generate_series(1, 600) g`,
    [schools],
  );
  await admin.query(`INSERT INTO ${R}.initiative_state (initiative_id, title, school_ids, status, rag) SELECT gen_random_uuid(), 'Bench initiative', '{}', 'IN_PROGRESS',
    (ARRAY['GREEN','AMBER','RED'])[1 + g % 3] FROM generate_series(1, 40) g`);
  await admin.query('COMMIT');
  await admin.query(`VACUUM ANALYZE ${R}.ticket_state`);
  await admin.query(`VACUUM ANALYZE ${R}.school_day`);
  return schools;
}

/** ticket.raised events written into the desk's outbox at `perSecond` for `seconds`; lag = consumer commit − outbox commit. */
async function eventLag(
  admin: Client,
  trustId: string,
  schoolId: string,
  perSecond: number,
  seconds: number,
): Promise<{ p50: number; p95: number; events: number }> {
  const ids: string[] = [];
  const tick = 100;
  const started = Date.now();
  for (let t = 0; t < (seconds * 1000) / tick; t++) {
    const batch = Array.from({ length: (perSecond * tick) / 1000 }, () => randomUUID());
    ids.push(...batch);
    await admin.query(
      `INSERT INTO support_desk.outbox (id, trust_id, type, payload)
      SELECT id, $2, 'ticket.raised', jsonb_build_object('ticketId', gen_random_uuid(), 'number', 'B', 'schoolId', $3::text, 'kind', 'FAULT', 'priority', 'P3',
        'category', 'OTHER', 'raisedAt', now(), 'firstResponseDueAt', now() + interval '4 hours', 'resolutionDueAt', now() + interval '2 days', 'team', null, 'assigneeId', null)
      FROM unnest($1::uuid[]) id`,
      [batch, trustId, schoolId],
    );
    const wait = started + (t + 1) * tick - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  const deadline = Date.now() + 60_000;
  const done = async () =>
    (await admin.query(`SELECT count(*)::int AS n FROM ${R}.processed_event WHERE event_id = ANY ($1::uuid[])`, [ids]))
      .rows[0].n;
  while ((await done()) < ids.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const { rows } = await admin.query(
    `SELECT extract(epoch FROM p.processed_at - o.occurred_at) * 1000 AS ms FROM ${R}.processed_event p
    JOIN support_desk.outbox o ON o.id = p.event_id WHERE p.event_id = ANY ($1::uuid[])`,
    [ids],
  );
  const lags = rows.map((r: { ms: string }) => Number(r.ms));
  return { p50: percentile(lags, 50), p95: percentile(lags, 95), events: lags.length };
}

export async function benchBoard(options: {
  adminUrl: string;
  database: string;
  gatewayUrl: string;
  reportingUrl: string;
  tickets: number;
  requests: number;
  rebuildEvents: number;
}) {
  const url = new URL(options.adminUrl);
  url.pathname = `/${options.database}`;
  const admin = await connect(url.toString());
  try {
    const trustId = randomUUID();
    const seedStarted = performance.now();
    const schools = await seedRollups(admin, trustId, options.tickets);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const token = await benchToken(options.adminUrl, options.database, trustId, 'IT_DIRECTOR');
    const run = (target: string) => async () => {
      const res = await gql(
        target,
        '{ board { schools { openTickets slaMetPercent medianFirstResponseMinutes trend { ticketsOpened } } totals { openTickets } } }',
        {},
        token,
      );
      if (res.data?.board?.schools?.length !== 60) throw new Error(`board failed: ${JSON.stringify(res.errors)}`);
    };
    const direct = await measure(options.requests, run(options.reportingUrl), 10);
    const viaGateway = await measure(options.requests, run(options.gatewayUrl), 10);
    const lag = await eventLag(admin, trustId, schools[0], 200, 10);
    // Rebuild: this trust's events in the desk's outbox (the 2,000 above plus more), folded again from scratch.
    await admin.query(
      `INSERT INTO support_desk.outbox (id, trust_id, type, payload, published_at)
      SELECT gen_random_uuid(), $1, 'ticket.raised', jsonb_build_object('ticketId', gen_random_uuid(), 'number', 'B', 'schoolId', ($2::uuid[])[1 + g % 60]::text, 'kind', 'FAULT',
        'priority', 'P3', 'category', 'OTHER', 'raisedAt', now(), 'firstResponseDueAt', now(), 'resolutionDueAt', now(), 'team', null, 'assigneeId', null), now()
      FROM generate_series(1, $3::int) g`,
      [trustId, schools, options.rebuildEvents],
    );
    const rebuild = await rebuildTrust(url.toString(), trustId);
    return { seedSeconds, direct, viaGateway, lag, rebuild };
  } finally {
    await admin.end();
  }
}
