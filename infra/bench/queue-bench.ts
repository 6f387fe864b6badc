/**
 * The support-desk queue at scale (issue 4): N tickets across 50 schools of one trust and 10 other trusts,
 * inserted straight into the desk's schema under RLS, then the technician queue measured through the gateway
 * and direct to the subgraph, with the plan of the query printed.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql } from '@trustops/testing';
import { benchToken } from './bench-token';
import { measure } from './stats';

const OPEN = `('NEW','OPEN','WAITING')`;

async function asTrust(client: Client, trustId: string, work: () => Promise<void>) {
  await client.query('BEGIN');
  await client.query(`SELECT set_config('role', 'support_desk_app', true), set_config('app.trust_id', $1, true)`, [
    trustId,
  ]);
  await work();
  await client.query('COMMIT');
}

export async function seedTickets(
  databaseUrl: string,
  total: number,
): Promise<{ trustId: string; schoolIds: string[] }> {
  const url = new URL(databaseUrl);
  url.username = 'support_desk';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  const trustId = randomUUID();
  const schoolIds = Array.from({ length: 50 }, () => randomUUID());
  const trusts = [
    { id: trustId, schools: schoolIds, share: 0.6 },
    ...Array.from({ length: 10 }, () => ({
      id: randomUUID(),
      schools: Array.from({ length: 8 }, () => randomUUID()),
      share: 0.04,
    })),
  ];
  for (const [i, trust] of trusts.entries()) {
    await asTrust(client, trust.id, async () => {
      await client.query(`INSERT INTO support_desk.trust_ref (code) VALUES ($1)`, [
        `B${String(i).padStart(2, '0')}`.replace(/\d/g, (d) => 'ABCDEFGHIJ'[+d]),
      ]);
      await client.query(
        `INSERT INTO support_desk.school_ref (id, name, phase) SELECT id, 'Bench school', 'PRIMARY' FROM unnest($1::uuid[]) id`,
        [trust.schools],
      );
      // ~20% open, due times spread over the next weeks, like PERF-NOTES.
      await client.query(
        `
        INSERT INTO support_desk.ticket (number, school_id, requester_id, kind, category, impact, urgency, priority, status, subject, description,
          first_response_due_at, first_response_warning_at, resolution_due_at, resolution_warning_at, sla_consumed_minutes, created_at, updated_at,
          first_response_target, resolution_target)
        SELECT 'T-' || g, ($1::uuid[])[1 + g % cardinality($1::uuid[])], $2::uuid, (ARRAY['FAULT','SERVICE_REQUEST','HOW_TO','ENABLEMENT'])[1 + g % 4],
          'NETWORK', 'MEDIUM', 'MEDIUM', 'P' || (1 + g % 4),
          CASE WHEN g % 5 = 0 THEN (ARRAY['NEW','OPEN','WAITING'])[1 + (g / 5) % 3] ELSE 'CLOSED' END,
          'Bench ticket ' || g, 'Generated for the queue benchmark',
          now() + (g % 20000) * interval '1 minute', now() + (g % 20000) * interval '45 seconds',
          now() + (g % 40000) * interval '1 minute', now() + (g % 40000) * interval '45 seconds', 0,
          now() - (g % 100000) * interval '1 minute', now(), 60, 480
        FROM generate_series(1, $3::int) g`,
        [trust.schools, randomUUID(), Math.round(total * trust.share)],
      );
    });
  }
  await client.query('VACUUM ANALYZE support_desk.ticket');
  await client.end();
  return { trustId, schoolIds };
}

export async function benchQueue(options: {
  adminUrl: string;
  database: string;
  databaseUrl: string;
  gatewayUrl: string;
  deskUrl: string;
  total: number;
  requests: number;
}) {
  const started = performance.now();
  const { trustId, schoolIds } = await seedTickets(options.databaseUrl, options.total);
  const seedSeconds = (performance.now() - started) / 1000;
  const token = await benchToken(options.adminUrl, options.database, trustId, 'TECHNICIAN');
  const query = `query ($f: TicketFilter) { tickets(first: 50, filter: $f) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id number subject status priority kind school { id } sla { state resolutionDueAt } } } } }`;
  const variables = { f: { schoolIds: schoolIds.slice(0, 5), status: ['NEW', 'OPEN', 'WAITING'] } };
  const run = (url: string) => async () => {
    const res = await gql(url, query, variables, token);
    if (!res.data?.tickets?.edges?.length) throw new Error(`queue query failed: ${JSON.stringify(res.errors)}`);
  };
  const direct = await measure(options.requests, run(options.deskUrl));
  const viaGateway = await measure(options.requests, run(options.gatewayUrl));
  const url = new URL(options.databaseUrl);
  url.username = 'support_desk';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  let plan = '';
  await asTrust(client, trustId, async () => {
    // The shape TicketQueueService sends for a schools + open-statuses queue: one index walk per school, merged.
    const sql = `SELECT * FROM support_desk.ticket t WHERE t.school_id = ANY($1::uuid[]) AND t.status IN ${OPEN} AND t.id IN (
      SELECT c.id FROM unnest($1::uuid[]) AS s(school_id), LATERAL (SELECT x.id FROM support_desk.ticket x
        WHERE x.school_id = s.school_id AND x.status IN ${OPEN} ORDER BY x.resolution_due_at, x.id LIMIT 51) c)
      ORDER BY t.resolution_due_at, t.id LIMIT 51`;
    plan = (await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`, [variables.f.schoolIds])).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    plan +=
      '\n--- count\n' +
      (
        await client.query(
          `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(*) FROM support_desk.ticket t WHERE t.school_id = ANY($1::uuid[]) AND t.status IN ${OPEN}`,
          [variables.f.schoolIds],
        )
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
  });
  await client.end();
  return { seedSeconds, direct, viaGateway, plan };
}
