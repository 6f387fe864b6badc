import { demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, gql } from '@trustops/testing';
import { DeskUser, deskUnderTest } from '../testing/desk-client';
import { Client } from 'pg';

const [oakfield, beechHill, kirkgate] = [NORTHSTAR.schools[0], NORTHSTAR.schools[1], NORTHSTAR.schools[2]];
const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id number status priority kind school { id } sla { state firstResponseDueAt resolutionDueAt } } }`;
const input = (over: Record<string, unknown> = {}) => ({
  schoolId: oakfield.id,
  subject: 'Printer jammed in staff room',
  description: 'Paper stuck, error E2',
  kind: 'FAULT',
  impact: 'MEDIUM',
  urgency: 'HIGH',
  category: 'PRINTING',
  ...over,
});

describe('support desk tickets', () => {
  const { as, ctx } = deskUnderTest();
  const count = async (who: DeskUser) =>
    (await as(who, '{ tickets(first: 1) { totalCount } }')).data!.tickets.totalCount as number;

  it('runs a ticket from raise to rating', async () => {
    const raised = await as('teacher', RAISE, { input: input() });
    expect(raised.errors).toBeUndefined();
    const ticket = raised.data!.raiseTicket;
    expect(ticket).toMatchObject({ status: 'NEW', priority: 'P2', kind: 'FAULT', school: { id: oakfield.id } });
    expect(ticket.number).toMatch(/^NLT-10\d\d$/);
    expect(['ON_TRACK', 'WARNING']).toContain(ticket.sla.state);
    expect(new Date(ticket.sla.resolutionDueAt) > new Date(ticket.sla.firstResponseDueAt)).toBe(true);

    const queue = await as(
      'tech',
      `query ($f: TicketFilter) { tickets(first: 50, filter: $f) { totalCount edges { node { id number } } } }`,
      { f: { schoolIds: [oakfield.id], status: ['NEW', 'OPEN', 'WAITING'] } },
    );
    expect(queue.data!.tickets.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ticket.id);

    const tech = demoUser('tech@northstar.example').id;
    expect(
      (
        await as(
          'tech',
          'mutation ($t: ID!, $a: ID!) { assignTicket(ticketId: $t, assigneeId: $a) { status assignee { id } } }',
          { t: ticket.id, a: tech },
        )
      ).data!.assignTicket,
    ).toEqual({ status: 'OPEN', assignee: { id: tech } });
    await as(
      'tech',
      'mutation ($t: ID!) { replyToTicket(ticketId: $t, body: "Cleared the jam; the roller is worn", internal: true) { id } }',
      { t: ticket.id },
    );
    await as('tech', 'mutation ($t: ID!) { replyToTicket(ticketId: $t, body: "Fixed: try printing now") { id } }', {
      t: ticket.id,
    });
    const waiting = await as(
      'tech',
      'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: WAITING) { status sla { state firstRespondedAt } } }',
      { t: ticket.id },
    );
    expect(waiting.data!.changeTicketStatus.sla.state).toBe('PAUSED');
    expect(waiting.data!.changeTicketStatus.sla.firstRespondedAt).not.toBeNull();
    // The teacher answers: the clock runs again.
    await as('teacher', 'mutation ($t: ID!) { replyToTicket(ticketId: $t, body: "Works, thanks!") { id } }', {
      t: ticket.id,
    });
    const seen = await as('teacher', 'query ($t: ID!) { ticket(id: $t) { status replies { body internal } } }', {
      t: ticket.id,
    });
    expect(seen.data!.ticket.status).toBe('OPEN');
    expect(seen.data!.ticket.replies).toEqual([
      { body: 'Fixed: try printing now', internal: false },
      { body: 'Works, thanks!', internal: false },
    ]);
    const techView = await as('tech', 'query ($t: ID!) { ticket(id: $t) { replies { internal } } }', { t: ticket.id });
    expect(techView.data!.ticket.replies).toHaveLength(3);

    await as('tech', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: RESOLVED) { status } }', {
      t: ticket.id,
    });
    const rated = await as(
      'teacher',
      'mutation ($t: ID!) { rateTicket(ticketId: $t, score: 5, comment: "Quick, thank you") { csatScore sla { state } } }',
      { t: ticket.id },
    );
    expect(rated.data!.rateTicket.csatScore).toBe(5);
    expect(
      errorCodes(
        await as('teacher', 'mutation ($t: ID!) { rateTicket(ticketId: $t, score: 4) { id } }', { t: ticket.id }),
      ),
    ).toEqual(['TICKET_ALREADY_RATED']);
  });

  it('resolves the children of an outage with its parent, each with a public reply', async () => {
    const parent = (
      await as('director', RAISE, { input: input({ subject: 'Internet down at Oakfield', category: 'NETWORK' }) })
    ).data!.raiseTicket;
    const kids: string[] = [];
    for (const subject of ['No internet in Year 3', 'Cannot load Google'])
      kids.push((await as('teacher', RAISE, { input: input({ subject, category: 'NETWORK' }) })).data!.raiseTicket.id);
    const link = 'mutation ($c: ID!, $p: ID!) { linkTicket(childId: $c, parentId: $p) { parent { number } } }';
    for (const kid of kids)
      expect((await as('tech', link, { c: kid, p: parent.id })).data!.linkTicket.parent.number).toBe(parent.number);
    // One level only: the parent cannot become someone's child.
    expect(errorCodes(await as('tech', link, { c: parent.id, p: kids[0] }))).toEqual(['TICKET_LINK_DEPTH']);
    const other = (await as('teacher', RAISE, { input: input({ subject: 'Unrelated' }) })).data!.raiseTicket.id;
    expect(errorCodes(await as('tech', link, { c: parent.id, p: other }))).toEqual(['TICKET_LINK_DEPTH']);

    await as('tech', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: RESOLVED) { id } }', {
      t: parent.id,
    });
    for (const kid of kids) {
      const seen = (
        await as('teacher', 'query ($t: ID!) { ticket(id: $t) { status sla { firstRespondedAt } replies { body } } }', {
          t: kid,
        })
      ).data!.ticket;
      expect(seen.status).toBe('RESOLVED');
      expect(seen.replies[0].body).toContain(`Resolved together with ${parent.number}`);
      expect(seen.sla.firstRespondedAt).not.toBeNull();
    }
    // The teacher sees only their own reports among the children; the IT team sees all.
    const children = 'query ($t: ID!) { ticket(id: $t) { children { id } } }';
    expect((await as('tech', children, { t: parent.id })).data!.ticket.children).toHaveLength(2);
  });

  it('pages through a school queue without gaps or repeats', async () => {
    for (let i = 0; i < 3; i++) await as('teacher', RAISE, { input: input({ subject: `Paging ${i}` }) });
    const q = `query ($f: TicketFilter, $after: String, $n: Int) { tickets(first: $n, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const f = { schoolIds: [oakfield.id, kirkgate.id], status: ['NEW', 'OPEN', 'WAITING'] };
    const all = (await as('tech', q, { f, n: 100 })).data!.tickets;
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await as('tech', q, { f, after, n: 2 })).data!.tickets;
      expect(page.totalCount).toBe(all.totalCount);
      paged.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(paged.length).toBeGreaterThanOrEqual(4);
  });

  it('pages newest first without gaps or repeats, and refuses a cursor of another order', async () => {
    const q = `query ($after: String, $n: Int, $s: TicketSort) { tickets(first: $n, after: $after, sort: $s) { pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }`;
    const all = (await as('director', q, { n: 100, s: 'NEWEST' })).data!.tickets.edges.map(
      (e: { node: { id: string; createdAt: string } }) => e.node,
    );
    expect(all.map((t: { createdAt: string }) => t.createdAt)).toEqual(
      [...all.map((t: { createdAt: string }) => t.createdAt)].sort().reverse(),
    );
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await as('director', q, { after, n: 3, s: 'NEWEST' })).data!.tickets;
      paged.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.map((t: { id: string }) => t.id));
    const dueCursor = (await as('director', q, { n: 1 })).data!.tickets.pageInfo.endCursor;
    expect(errorCodes(await as('director', q, { n: 1, after: dueCursor, s: 'NEWEST' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows staff only their own requests', async () => {
    const teacherTickets = await as('teacher', '{ tickets(first: 100) { edges { node { id } } totalCount } }');
    const all = await as('director', '{ tickets(first: 100) { totalCount } }');
    expect(teacherTickets.data!.tickets.totalCount).toBeGreaterThan(0);
    expect(all.data!.tickets.totalCount).toBeGreaterThanOrEqual(teacherTickets.data!.tickets.totalCount);
  });

  it('keeps another trust out of every query and mutation', async () => {
    const mine = (await as('teacher', RAISE, { input: input({ subject: 'Another trust must not see this' }) })).data!
      .raiseTicket.id;
    expect((await as('riverside', 'query ($t: ID!) { ticket(id: $t) { id } }', { t: mine })).data!.ticket).toBeNull();
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
    expect(after.data!.ticket).toEqual({
      status: 'NEW',
      assignee: { id: demoUser('tech@northstar.example').id },
      replies: [],
    });
  });

  it('keeps a technician scoped to two schools out of a third', async () => {
    const oak = (await as('teacher', RAISE, { input: input({ subject: 'Oakfield only' }) })).data!.raiseTicket.id;
    expect((await as('scoped', 'query ($t: ID!) { ticket(id: $t) { id } }', { t: oak })).data!.ticket).toBeNull();
    const list = await as('scoped', '{ tickets(first: 100) { edges { node { school { id } } } } }');
    expect(
      list.data!.tickets.edges.every((e: { node: { school: { id: string } } }) =>
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
    expect(own.data!.raiseTicket.school.id).toBe(kirkgate.id);
  });

  it('reads a technician token scoped to an empty school list as no school, not every school', async () => {
    const token = await ctx.desk.signer.sign({
      userId: demoUser('msp@partner.example').id,
      trustId: NORTHSTAR.id,
      role: 'TECHNICIAN',
      schoolIds: [],
    });
    const oak = (await as('teacher', RAISE, { input: input({ subject: 'Nobody scoped to nothing sees this' }) })).data!
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

  it.each([
    {
      title: 'an unknown school',
      over: { schoolId: '00000000-0000-4000-8000-00000000abcd' },
      code: 'SCHOOL_NOT_FOUND',
    },
    { title: 'a school of another trust', over: { schoolId: RIVERSIDE.schools[0].id }, code: 'SCHOOL_NOT_FOUND' },
    { title: 'an empty subject', over: { subject: '   ' }, code: 'BAD_USER_INPUT' },
    { title: 'a 1 MB description', over: { description: 'x'.repeat(1_000_000) }, code: 'BAD_USER_INPUT' },
    { title: 'an unknown category', over: { category: 'COFFEE' }, code: 'BAD_USER_INPUT' },
  ])('refuses a ticket with $title and writes nothing', async ({ over, code }) => {
    const before = await count('director');
    const res = await as('teacher', RAISE, { input: input(over) });
    expect(errorCodes(res)).toEqual([code]);
    expect(res.errors![0].message.length).toBeGreaterThan(10);
    expect(await count('director')).toBe(before);
  });

  it('refuses score 6, a jump from NEW to CLOSED and a reply to a closed ticket', async () => {
    const id = (await as('teacher', RAISE, { input: input({ subject: 'Bad input checks' }) })).data!.raiseTicket.id;
    const jump = await as('tech', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: CLOSED) { id } }', {
      t: id,
    });
    expect(errorCodes(jump)).toEqual(['TICKET_STATUS_MOVE']);
    expect(jump.errors![0].message).toMatch(/NEW ticket can move to OPEN or WAITING or RESOLVED/);
    await as('tech', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: RESOLVED) { id } }', { t: id });
    expect(
      errorCodes(await as('teacher', 'mutation ($t: ID!) { rateTicket(ticketId: $t, score: 6) { id } }', { t: id })),
    ).toEqual(['BAD_USER_INPUT']);
    await as('teacher', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: CLOSED) { id } }', { t: id });
    const reply = await as('tech', 'mutation ($t: ID!) { replyToTicket(ticketId: $t, body: "late") { id } }', {
      t: id,
    });
    expect(errorCodes(reply)).toEqual(['TICKET_CLOSED']);
    const after = await as('director', 'query ($t: ID!) { ticket(id: $t) { status csatScore replies { id } } }', {
      t: id,
    });
    expect(after.data!.ticket).toEqual({ status: 'CLOSED', csatScore: null, replies: [] });
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
