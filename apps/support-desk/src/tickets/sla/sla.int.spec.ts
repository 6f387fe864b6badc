import { errorCodes, eventually, ok } from '@trustops/testing';
import { Client } from 'pg';
import { deskUnderTest } from '../../testing/desk-client';
import { makeRaiseInput } from '../../testing/factories';

const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id priority sla { state resolutionTargetMinutes resolutionWorkingMinutesLeft } } }`;
const input = (subject: string, impact = 'MEDIUM') => ({
  input: makeRaiseInput({ subject, description: 'SLA test', impact, category: 'SOFTWARE' }),
});
const STATES = ['ON_TRACK', 'WARNING', 'BREACHED', 'MET', 'PAUSED'];

describe('SLA: the watcher, per-trust targets and the queue filter', () => {
  const { as, ctx } = deskUnderTest({ SLA_WATCH_EVERY_MS: '250' });
  let admin: Client;
  const outbox = async (ticketId: string) =>
    (
      await admin.query(
        `SELECT type, payload->>'clock' AS clock FROM support_desk.outbox WHERE payload->>'ticketId' = $1 AND type LIKE 'ticket.sla_%' ORDER BY seq`,
        [ticketId],
      )
    ).rows;

  beforeAll(async () => {
    admin = new Client({ connectionString: ctx.desk.db.adminUrl });
    admin.on('error', () => undefined); // the desk's teardown drops the database under it
    await admin.connect();
  });
  afterAll(() => admin.end().catch(() => undefined));

  it('finds a breach on the server, emits it once, and shows it in the history', async () => {
    const id = ok(await as('teacher', RAISE, input('Watcher finds me late'))).raiseTicket.id;
    // Time passes: the first-response clock ran out half a minute ago, and nobody looked.
    await admin.query(
      `UPDATE support_desk.ticket SET first_response_warning_at = now() - interval '2 minutes',
      first_response_due_at = now() - interval '30 seconds', next_alert_at = now() - interval '2 minutes' WHERE id = $1`,
      [id],
    );
    await eventually(
      () => outbox(id),
      (rows) => rows.length > 0,
    );
    await new Promise((r) => setTimeout(r, 800)); // a few more sweeps: still one alert
    expect(await outbox(id)).toEqual([{ type: 'ticket.sla_breached', clock: 'FIRST_RESPONSE' }]);
    const seen = await as('tech', 'query ($t: ID!) { ticket(id: $t) { sla { state } history { action summary } } }', {
      t: id,
    });
    expect(ok(seen).ticket.sla.state).toBe('BREACHED');
    expect(ok(seen).ticket.history.map((h: { summary: string }) => h.summary)).toContain(
      'SLA breached: first response past due',
    );
  });

  it('raises warnings before breaches for a ticket it sees in time', async () => {
    const id = ok(await as('teacher', RAISE, input('Watcher warns me first'))).raiseTicket.id;
    await admin.query(
      `UPDATE support_desk.ticket SET first_response_warning_at = now() - interval '1 minute', next_alert_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    await eventually(
      () => outbox(id),
      (rows) => rows.length > 0,
    );
    expect(await outbox(id)).toEqual([{ type: 'ticket.sla_warning', clock: 'FIRST_RESPONSE' }]);
  });

  it("uses the trust's own targets for new tickets, and only the director may set them", async () => {
    const set =
      'mutation ($f: Int!, $r: Int!) { setSlaTarget(priority: P2, firstResponseMinutes: $f, resolutionMinutes: $r) { priority resolutionMinutes isDefault } }';
    expect(errorCodes(await as('tech', set, { f: 30, r: 300 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('director', set, { f: 300, r: 30 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as('director', set, { f: 0, r: 30 }))).toEqual(['BAD_USER_INPUT']);
    const targets = '{ slaTargets { priority firstResponseMinutes resolutionMinutes isDefault } }';
    expect(ok(await as('director', targets)).slaTargets.every((t: { isDefault: boolean }) => t.isDefault)).toBe(true);

    expect(ok(await as('director', set, { f: 30, r: 300 })).setSlaTarget).toEqual({
      priority: 'P2',
      resolutionMinutes: 300,
      isDefault: false,
    });
    const raised = ok(await as('teacher', RAISE, input('Raised under the new target'))).raiseTicket;
    expect(raised).toMatchObject({ priority: 'P2', sla: { resolutionTargetMinutes: 300 } });
    expect(raised.sla.resolutionWorkingMinutesLeft).toBeGreaterThan(290);
    expect(raised.sla.resolutionWorkingMinutesLeft).toBeLessThanOrEqual(300);
    // Another trust keeps the defaults.
    const riverside = ok(await as('riverside', targets)).slaTargets.find(
      (t: { priority: string }) => t.priority === 'P2',
    );
    expect(riverside).toEqual({ priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480, isDefault: true });
  });

  it('filters by SLA state in SQL exactly as the badge computes it in code', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(ok(await as('teacher', RAISE, input(`SLA mix ${i}`))).raiseTicket.id);
    await admin.query(
      `UPDATE support_desk.ticket SET resolution_warning_at = now() - interval '1 minute' WHERE id = $1`,
      [ids[0]],
    );
    await admin.query(`UPDATE support_desk.ticket SET resolution_due_at = now() - interval '1 minute' WHERE id = $1`, [
      ids[1],
    ]);
    await admin.query(
      `UPDATE support_desk.ticket SET status = 'WAITING', sla_clock_started_at = NULL, first_responded_at = now() WHERE id = $1`,
      [ids[2]],
    );
    await admin.query(
      `UPDATE support_desk.ticket SET status = 'RESOLVED', resolved_at = now(), first_responded_at = now(), sla_clock_started_at = NULL WHERE id = $1`,
      [ids[3]],
    );
    await admin.query(
      `UPDATE support_desk.ticket SET status = 'RESOLVED', resolved_at = resolution_due_at + interval '1 minute', first_responded_at = now(), sla_clock_started_at = NULL WHERE id = $1`,
      [ids[4]],
    );

    const q =
      'query ($s: [SlaState!]) { tickets(first: 100, filter: { slaState: $s }) { totalCount edges { node { sla { state } } } } }';
    const total = ok(await as('director', '{ tickets(first: 1) { totalCount } }')).tickets.totalCount;
    let sum = 0;
    for (const state of STATES) {
      const page = ok(await as('director', q, { s: [state] })).tickets;
      expect({
        state,
        computed: [...new Set(page.edges.map((e: { node: { sla: { state: string } } }) => e.node.sla.state))],
      }).toEqual({ state, computed: page.totalCount ? [state] : [] });
      sum += page.totalCount;
    }
    expect(sum).toBe(total); // every ticket is in exactly one state
  });
});
