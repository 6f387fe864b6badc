import { demoId, demoUser, NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, gql, ok } from '@trustops/testing';
import { DeskUser, deskUnderTest } from '../testing/desk-client';
import { makeRaiseInput } from '../testing/factories';
import { Client } from 'pg';

const [beechHill, kirkgate] = [NORTHSTAR.schools[1], NORTHSTAR.schools[2]];
const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id number status priority kind school { id } sla { state firstResponseDueAt resolutionDueAt } } }`;
const input = makeRaiseInput;

/** Who sees which tickets: own requests, trusts, school scope, roles, and the database role itself. */
describe('support desk tickets: who sees them', () => {
  const { as, ctx } = deskUnderTest();
  const count = async (who: DeskUser) =>
    ok(await as(who, '{ tickets(first: 1) { totalCount } }')).tickets.totalCount as number;

  it('shows staff only their own requests', async () => {
    const own = ok(await as('teacher', RAISE, { input: input({ subject: 'Mine to follow' }) })).raiseTicket.id;
    const directors = ok(await as('director', RAISE, { input: input({ subject: 'Not the teacher’s' }) })).raiseTicket
      .id;
    const q = '{ tickets(first: 100) { totalCount edges { node { id requester { id } } } } }';
    const teacherTickets = ok(await as('teacher', q)).tickets;
    const ids = teacherTickets.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(own);
    expect(ids).not.toContain(directors);
    expect(
      new Set(teacherTickets.edges.map((e: { node: { requester: { id: string } } }) => e.node.requester.id)),
    ).toEqual(new Set([demoUser('teacher@northstar.example').id]));
    const all = ok(await as('director', q)).tickets;
    expect(all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expect.arrayContaining([own, directors]));
    expect(all.totalCount).toBeGreaterThan(teacherTickets.totalCount);
  });

  it('keeps another trust out of every query and mutation', async () => {
    const mine = ok(await as('teacher', RAISE, { input: input({ subject: 'Another trust must not see this' }) }))
      .raiseTicket.id;
    expect(ok(await as('riverside', 'query ($t: ID!) { ticket(id: $t) { id } }', { t: mine })).ticket).toBeNull();
    expect(await count('riverside')).toBe(0);
    const attempts = [
      [
        'mutation ($t: ID!) { assignTicket(ticketId: $t, assigneeId: "00000000-0000-4000-8000-000000000001") { id } }',
        'TICKET_NOT_FOUND',
      ],
      ['mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: OPEN) { id } }', 'TICKET_NOT_FOUND'],
      ['mutation ($t: ID!) { replyToTicket(ticketId: $t, body: "hi") { id } }', 'TICKET_NOT_FOUND'],
      ['mutation ($t: ID!) { rateTicket(ticketId: $t, score: 1) { id } }', 'TICKET_NOT_FOUND'],
      ['mutation ($t: ID!) { linkTicket(childId: $t, parentId: $t) { id } }', 'BAD_USER_INPUT'],
    ];
    for (const [query, code] of attempts) expect(errorCodes(await as('riverside', query, { t: mine }))).toEqual([code]);
    expect(errorCodes(await as('riverside', RAISE, { input: input() }))).toEqual(['SCHOOL_NOT_FOUND']);
    const after = await as('director', 'query ($t: ID!) { ticket(id: $t) { status assignee { id } replies { id } } }', {
      t: mine,
    });
    // Unchanged since the raise (Oakfield's routing rule gave it to its site technician).
    expect(ok(after).ticket).toEqual({
      status: 'NEW',
      assignee: { id: demoUser('tech@northstar.example').id },
      replies: [],
    });
  });

  it('keeps a technician scoped to two schools out of a third', async () => {
    const oak = ok(await as('teacher', RAISE, { input: input({ subject: 'Oakfield only' }) })).raiseTicket.id;
    expect(ok(await as('scoped', 'query ($t: ID!) { ticket(id: $t) { id } }', { t: oak })).ticket).toBeNull();
    const list = await as('scoped', '{ tickets(first: 100) { edges { node { school { id } } } } }');
    expect(
      ok(list).tickets.edges.every((e: { node: { school: { id: string } } }) =>
        [beechHill.id, kirkgate.id].includes(e.node.school.id),
      ),
    ).toBe(true);
    expect(
      errorCodes(
        await as('scoped', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: OPEN) { id } }', { t: oak }),
      ),
    ).toEqual(['TICKET_NOT_FOUND']);
    expect(errorCodes(await as('scoped', RAISE, { input: input() }))).toEqual(['SCHOOL_NOT_FOUND']);
    const own = await as('scoped', RAISE, { input: input({ schoolId: kirkgate.id }) });
    expect(ok(own).raiseTicket.school.id).toBe(kirkgate.id);
  });

  it('reads a technician token scoped to an empty school list as no school, not every school', async () => {
    // Someone the member copies do not know: their token's empty scope is all there is to it.
    const token = await ctx.desk.signer.sign({
      userId: demoId('user', 'unscoped-technician@test.example'),
      trustId: NORTHSTAR.id,
      role: 'TECHNICIAN',
      schoolIds: [],
    });
    const oak = ok(await as('teacher', RAISE, { input: input({ subject: 'Nobody scoped to nothing sees this' }) }))
      .raiseTicket.id;
    const seen = await gql(
      ctx.desk.url,
      'query ($t: ID!) { ticket(id: $t) { id } tickets(first: 5) { totalCount } }',
      { t: oak },
      token,
    );
    expect(seen.data).toEqual({ ticket: null, tickets: { totalCount: 0 } });
    expect(errorCodes(await gql(ctx.desk.url, RAISE, { input: input() }, token))).toEqual(['SCHOOL_NOT_FOUND']);
  });

  it('refuses governors the desk', async () => {
    expect(errorCodes(await as('governor', '{ tickets { totalCount } }'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('governor', RAISE, { input: input() }))).toEqual(['FORBIDDEN']);
  });

  it('sees no tickets through the service role without a trust set', async () => {
    const url = new URL(ctx.desk.db.url);
    url.username = 'support_desk';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      for (const table of [
        'ticket',
        'ticket_reply',
        'school_ref',
        'member_ref',
        'routing_rule',
        'sla_target',
        'article',
        'asset',
        'attachment',
        'audit_log',
        'outbox',
      ]) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM support_desk.${table}`);
        expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
      }
    } finally {
      await client.end();
    }
  });
});
