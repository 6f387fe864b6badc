import { demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, ok } from '@trustops/testing';
import { DeskUser, deskUnderTest } from '../testing/desk-client';
import { makeRaiseInput } from '../testing/factories';

const [oakfield, kirkgate] = [NORTHSTAR.schools[0], NORTHSTAR.schools[2]];
const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id number status priority kind school { id } sla { state firstResponseDueAt resolutionDueAt } } }`;
const input = makeRaiseInput;

describe('support desk tickets', () => {
  const { as } = deskUnderTest();
  const count = async (who: DeskUser) =>
    ok(await as(who, '{ tickets(first: 1) { totalCount } }')).tickets.totalCount as number;

  it('runs a ticket from raise to rating', async () => {
    const raised = await as('teacher', RAISE, { input: input() });
    expect(raised.errors).toBeUndefined();
    const ticket = ok(raised).raiseTicket;
    expect(ticket).toMatchObject({ status: 'NEW', priority: 'P2', kind: 'FAULT', school: { id: oakfield.id } });
    expect(ticket.number).toMatch(/^NLT-10\d\d$/);
    expect(['ON_TRACK', 'WARNING']).toContain(ticket.sla.state);
    expect(new Date(ticket.sla.resolutionDueAt) > new Date(ticket.sla.firstResponseDueAt)).toBe(true);

    const queue = await as(
      'tech',
      `query ($f: TicketFilter) { tickets(first: 50, filter: $f) { totalCount edges { node { id number } } } }`,
      { f: { schoolIds: [oakfield.id], status: ['NEW', 'OPEN', 'WAITING'] } },
    );
    expect(ok(queue).tickets.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(ticket.id);

    const tech = demoUser('tech@northstar.example').id;
    expect(
      ok(
        await as(
          'tech',
          'mutation ($t: ID!, $a: ID!) { assignTicket(ticketId: $t, assigneeId: $a) { status assignee { id } } }',
          { t: ticket.id, a: tech },
        ),
      ).assignTicket,
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
    expect(ok(waiting).changeTicketStatus.sla.state).toBe('PAUSED');
    expect(ok(waiting).changeTicketStatus.sla.firstRespondedAt).not.toBeNull();
    // The teacher answers: the clock runs again.
    await as('teacher', 'mutation ($t: ID!) { replyToTicket(ticketId: $t, body: "Works, thanks!") { id } }', {
      t: ticket.id,
    });
    const seen = await as('teacher', 'query ($t: ID!) { ticket(id: $t) { status replies { body internal } } }', {
      t: ticket.id,
    });
    expect(ok(seen).ticket.status).toBe('OPEN');
    expect(ok(seen).ticket.replies).toEqual([
      { body: 'Fixed: try printing now', internal: false },
      { body: 'Works, thanks!', internal: false },
    ]);
    const techView = await as('tech', 'query ($t: ID!) { ticket(id: $t) { replies { internal } } }', { t: ticket.id });
    expect(ok(techView).ticket.replies).toHaveLength(3);

    await as('tech', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: RESOLVED) { status } }', {
      t: ticket.id,
    });
    const rated = await as(
      'teacher',
      'mutation ($t: ID!) { rateTicket(ticketId: $t, score: 5, comment: "Quick, thank you") { csatScore sla { state } } }',
      { t: ticket.id },
    );
    expect(ok(rated).rateTicket.csatScore).toBe(5);
    expect(
      errorCodes(
        await as('teacher', 'mutation ($t: ID!) { rateTicket(ticketId: $t, score: 4) { id } }', { t: ticket.id }),
      ),
    ).toEqual(['TICKET_ALREADY_RATED']);
  });

  it('resolves the children of an outage with its parent, each with a public reply', async () => {
    const parent = ok(
      await as('director', RAISE, { input: input({ subject: 'Internet down at Oakfield', category: 'NETWORK' }) }),
    ).raiseTicket;
    const kids: string[] = [];
    for (const subject of ['No internet in Year 3', 'Cannot load Google'])
      kids.push(ok(await as('teacher', RAISE, { input: input({ subject, category: 'NETWORK' }) })).raiseTicket.id);
    const link = 'mutation ($c: ID!, $p: ID!) { linkTicket(childId: $c, parentId: $p) { parent { number } } }';
    for (const kid of kids)
      expect(ok(await as('tech', link, { c: kid, p: parent.id })).linkTicket.parent.number).toBe(parent.number);
    // One level only: the parent cannot become someone's child.
    expect(errorCodes(await as('tech', link, { c: parent.id, p: kids[0] }))).toEqual(['TICKET_LINK_DEPTH']);
    const other = ok(await as('teacher', RAISE, { input: input({ subject: 'Unrelated' }) })).raiseTicket.id;
    expect(errorCodes(await as('tech', link, { c: parent.id, p: other }))).toEqual(['TICKET_LINK_DEPTH']);

    await as('tech', 'mutation ($t: ID!) { changeTicketStatus(ticketId: $t, status: RESOLVED) { id } }', {
      t: parent.id,
    });
    for (const kid of kids) {
      const seen = ok(
        await as('teacher', 'query ($t: ID!) { ticket(id: $t) { status sla { firstRespondedAt } replies { body } } }', {
          t: kid,
        }),
      ).ticket;
      expect(seen.status).toBe('RESOLVED');
      expect(seen.replies[0].body).toContain(`Resolved together with ${parent.number}`);
      expect(seen.sla.firstRespondedAt).not.toBeNull();
    }
    // The teacher sees only their own reports among the children; the IT team sees all.
    const children = 'query ($t: ID!) { ticket(id: $t) { children { id } } }';
    expect(ok(await as('tech', children, { t: parent.id })).ticket.children).toHaveLength(2);
  });

  it('pages through a school queue without gaps or repeats', async () => {
    const raised: string[] = [];
    for (let i = 0; i < 3; i++)
      raised.push(ok(await as('teacher', RAISE, { input: input({ subject: `Paging ${i}` }) })).raiseTicket.id);
    const q = `query ($f: TicketFilter, $after: String, $n: Int) { tickets(first: $n, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const f = { schoolIds: [oakfield.id, kirkgate.id], status: ['NEW', 'OPEN', 'WAITING'] };
    const all = ok(await as('tech', q, { f, n: 100 })).tickets;
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(await as('tech', q, { f, after, n: 2 })).tickets;
      expect(page.totalCount).toBe(all.totalCount);
      paged.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(paged).toEqual(expect.arrayContaining(raised));
    expect(paged.length).toBeGreaterThan(2 * 2); // more than two pages of two
  });

  it('pages newest first without gaps or repeats, and refuses a cursor of another order', async () => {
    const q = `query ($after: String, $n: Int, $s: TicketSort) { tickets(first: $n, after: $after, sort: $s) { pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } }`;
    const all = ok(await as('director', q, { n: 100, s: 'NEWEST' })).tickets.edges.map(
      (e: { node: { id: string; createdAt: string } }) => e.node,
    );
    expect(all.map((t: { createdAt: string }) => t.createdAt)).toEqual(
      [...all.map((t: { createdAt: string }) => t.createdAt)].sort().reverse(),
    );
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(await as('director', q, { after, n: 3, s: 'NEWEST' })).tickets;
      paged.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.map((t: { id: string }) => t.id));
    const dueCursor = ok(await as('director', q, { n: 1 })).tickets.pageInfo.endCursor;
    expect(errorCodes(await as('director', q, { n: 1, after: dueCursor, s: 'NEWEST' }))).toEqual(['BAD_USER_INPUT']);
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
    const id = ok(await as('teacher', RAISE, { input: input({ subject: 'Bad input checks' }) })).raiseTicket.id;
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
    expect(ok(after).ticket).toEqual({ status: 'CLOSED', csatScore: null, replies: [] });
  });
});
