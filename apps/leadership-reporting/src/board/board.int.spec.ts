import { NORTHSTAR } from '@trustops/demo-data';
import { adminUrl, errorCodes, eventually, gql, ok, signIn, startStack, TestStack } from '@trustops/testing';
import { EventBatch, eventQueueName } from '@trustops/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { foldLockSql } from '../rollups/fold-lock';
import { rebuildTrust, rollupSnapshot } from '../rollups/rebuild';

const oakfield = NORTHSTAR.schools[0];

/** How many of a trust's events the rebuild should fold: those it reads from each source's outbox (rebuild.ts). */
async function sourceEvents(databaseUrl: string, trustId: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const types = ['ticket.%', 'incident.%', 'change.%', 'initiative.%', 'standard.%', 'review.%'];
    const counts = ['support_desk', 'change_management', 'strategy_roadmap'].map(
      (source) => `(SELECT count(*)::int FROM ${source}.outbox WHERE trust_id = $1 AND type LIKE ANY ($2::text[]))`,
    );
    const { rows } = await client.query(`SELECT ${counts.join(' + ')} AS n`, [trustId, types]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}
const BOARD =
  '{ board { schools { school { id } schoolName openTickets ticketsResolved slaMetPercent standardsCoverage openIncidents openIncidentsBySeverity { sev2 } rag { green amber red } trend { ticketsOpened } } totals { openTickets rag { red } } } }';

describe("the leadership board, fed by the other services' events", () => {
  let stack: TestStack;
  let director: string;
  let databaseUrl: string;
  const board = async (token = director) => ok(await gql(stack.gatewayUrl, BOARD, {}, token)).board;
  const oak = (b: { schools: { school: { id: string } }[] }) =>
    b.schools.find((s) => s.school.id === oakfield.id) as Record<string, any>;

  beforeAll(async () => {
    stack = await startStack();
    director = await signIn(stack.gatewayUrl, 'director@northstar.example');
    const url = new URL(adminUrl());
    url.pathname = `/${stack.databaseName}`;
    databaseUrl = url.toString();
    // The demo seeds' events reach reporting through the relays: wait for tickets, standards and initiatives.
    await eventually(
      board,
      (b) =>
        oak(b)?.openTickets === 4 && b.schools.every((s: any) => s.standardsCoverage !== null) && oak(b).rag.red > 0,
      15_000,
    );
  }, 120_000);
  afterAll(() => stack?.stop());

  it('shows the director every Northstar school with figures from the desk, change management and the roadmap', async () => {
    const b = await board();
    expect(b.schools).toHaveLength(12);
    expect(oak(b)).toMatchObject({
      schoolName: oakfield.name,
      openTickets: 4,
      openIncidents: 0,
      openIncidentsBySeverity: { sev2: 0 },
      rag: { green: 13, amber: 1, red: 1 },
    });
    expect(oak(b).trend).toHaveLength(12);
    expect(oak(b).trend[11].ticketsOpened).toBeGreaterThanOrEqual(4);
    expect(b.totals).toEqual({ openTickets: 4, rag: { red: 1 } });
  });

  it("changes the school's figures within seconds of a ticket being resolved", async () => {
    const tech = await signIn(stack.gatewayUrl, 'tech@northstar.example');
    const queue = await gql(
      stack.gatewayUrl,
      '{ tickets(first: 1, filter: { status: [NEW, OPEN] }) { edges { node { id } } } }',
      {},
      tech,
    );
    const started = Date.now();
    await gql(
      stack.gatewayUrl,
      'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: RESOLVED) { id } }',
      { t: ok(queue).tickets.edges[0].node.id },
      tech,
    );
    const after = await eventually(board, (b) => oak(b).openTickets === 3, 5000);
    expect(oak(after)).toMatchObject({ openTickets: 3, ticketsResolved: 1, slaMetPercent: 100 });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("builds the same rollups again from the services' events", async () => {
    const live = await rollupSnapshot(databaseUrl, NORTHSTAR.id);
    const { events } = await rebuildTrust(databaseUrl, NORTHSTAR.id);
    expect(events).toBe(await sourceEvents(databaseUrl, NORTHSTAR.id));
    expect(await rollupSnapshot(databaseUrl, NORTHSTAR.id)).toEqual(live);
  });

  it('shows Riverside only Riverside, refuses a technician, and checks its input', async () => {
    const riverside = await board(await signIn(stack.gatewayUrl, 'director@riverside.example'));
    expect(riverside.schools).toHaveLength(4);
    expect(riverside.schools.every((s: { school: { id: string } }) => s.school.id !== oakfield.id)).toBe(true);
    const tech = await signIn(stack.gatewayUrl, 'tech@northstar.example');
    expect(errorCodes(await gql(stack.gatewayUrl, BOARD, {}, tech))).toEqual(['FORBIDDEN']);
    const governor = await signIn(stack.gatewayUrl, 'governor@northstar.example');
    expect((await board(governor)).schools).toHaveLength(12);
    const q = (from: string, to: string) =>
      gql(
        stack.gatewayUrl,
        'query ($f: Date, $t: Date) { board(from: $f, to: $t) { from } }',
        { f: from, t: to },
        director,
      );
    expect(errorCodes(await q('2026-11-25', '2026-11-01'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await q('2023-01-01', '2026-11-25'))).toEqual(['BAD_USER_INPUT']);
    const status = 'query ($s: ID!) { schoolStatus(schoolId: $s) { schoolName openTickets } }';
    expect(
      errorCodes(await gql(stack.gatewayUrl, status, { s: '00000000-0000-4000-8000-000000000000' }, director)),
    ).toEqual(['SCHOOL_NOT_FOUND']);
    const theirs = await gql(
      stack.gatewayUrl,
      status,
      { s: oakfield.id },
      await signIn(stack.gatewayUrl, 'director@riverside.example'),
    );
    expect(errorCodes(theirs)).toEqual(['SCHOOL_NOT_FOUND']);
    expect(ok(await gql(stack.gatewayUrl, status, { s: oakfield.id }, director)).schoolStatus).toEqual({
      schoolName: oakfield.name,
      openTickets: 3,
    });
  });
  it('counts events still on their way to the consumer once when a rebuild runs meanwhile', async () => {
    const tech = await signIn(stack.gatewayUrl, 'tech@northstar.example');
    const open = await gql(
      stack.gatewayUrl,
      `{ tickets(first: 2, filter: { status: [NEW, OPEN], schoolIds: ["${oakfield.id}"] }) { edges { node { id } } } }`,
      {},
      tech,
    );
    const before = oak(await board());
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    const queue = new Queue(eventQueueName('leadership-reporting'), { connection: redis, prefix: stack.databaseName });
    try {
      // The resolutions wait in the consumer's queue while the rebuild folds them from the outbox.
      await queue.pause();
      const ids: string[] = ok(open).tickets.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toHaveLength(2);
      for (const id of ids) {
        const resolved = await gql(
          stack.gatewayUrl,
          'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: RESOLVED) { id } }',
          { t: id },
          tech,
        );
        expect(resolved.errors).toBeUndefined();
      }
      // both resolutions are relayed and wait, unfolded, in the paused queue
      const waiting = async () =>
        (await queue.getWaiting())
          .flatMap((job) => (job.data as EventBatch).events)
          .filter(
            (e) => e.type === 'ticket.status_changed' && ids.includes((e.payload as { ticketId: string }).ticketId),
          ).length;
      expect(await eventually(waiting, (n) => n === 2)).toBe(2);
      await rebuildTrust(databaseUrl, NORTHSTAR.id);
      const expected = { openTickets: before.openTickets - 2, ticketsResolved: before.ticketsResolved + 2 };
      expect(oak(await board())).toMatchObject(expected);
      const rebuilt = await rollupSnapshot(databaseUrl, NORTHSTAR.id);
      await queue.resume();
      await eventually(
        () => queue.getJobCounts('waiting', 'active'),
        (c) => c.waiting + c.active === 0,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(oak(await board())).toMatchObject(expected);
      expect(await rollupSnapshot(databaseUrl, NORTHSTAR.id)).toEqual(rebuilt);
    } finally {
      await queue.resume();
      await queue.close();
      redis.disconnect();
    }
  });
  it('holds the live fold of a trust while its rebuild holds the fold lock, and catches up after', async () => {
    const teacher = await signIn(stack.gatewayUrl, 'teacher@northstar.example');
    const before = oak(await board()).openTickets;
    const rebuilding = new Client({ connectionString: databaseUrl });
    await rebuilding.connect();
    try {
      await rebuilding.query('BEGIN');
      await rebuilding.query(foldLockSql('exclusive'), [NORTHSTAR.id]); // as `pnpm rebuild-reporting` does
      const raised = await gql(
        stack.gatewayUrl,
        `mutation ($s: ID!) { raiseTicket(input: { schoolId: $s, subject: "Raised during a rebuild", description: "x",
        kind: FAULT, impact: LOW, urgency: LOW, category: "OTHER" }) { id } }`,
        { s: oakfield.id },
        teacher,
      );
      expect(raised.errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 1000));
      expect(oak(await board()).openTickets).toBe(before);
      await rebuilding.query('COMMIT');
      expect(oak(await eventually(board, (b) => oak(b).openTickets === before + 1, 5000)).openTickets).toBe(before + 1);
    } finally {
      await rebuilding.end();
    }
  });
});
