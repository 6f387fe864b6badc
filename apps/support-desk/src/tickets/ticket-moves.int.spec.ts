import { NORTHSTAR } from '@trustops/demo-data';
import { errorCodes, gql, ok } from '@trustops/testing';
import { Client } from 'pg';
import { newTicket } from '../testing/factories';
import { deskUnderTest } from '../testing/desk-client';

const MOVES = 'query ($t: ID!) { ticket(id: $t) { status allowedMoves canRate } }';
const MOVE = 'mutation ($t: ID!, $s: TicketStatus!) { changeTicketStatus(ticketId: $t, status: $s) { status } }';
const RATE = 'mutation ($t: ID!) { rateTicket(ticketId: $t, score: 4) { csatScore } }';

describe('Ticket.allowedMoves and Ticket.canRate: what the caller may do now', () => {
  const { as, ctx } = deskUnderTest();
  let admin: Client;
  /** Another member of staff at the teacher's school: not the requester, not the IT team. */
  let otherStaff: string;
  const seen = async (who: 'tech' | 'teacher', id: string) => ok(await as(who, MOVES, { t: id })).ticket;

  beforeAll(async () => {
    admin = new Client({ connectionString: ctx.desk.db.adminUrl });
    admin.on('error', () => undefined); // the desk's teardown drops the database under it
    await admin.connect();
    otherStaff = await ctx.desk.signer.sign({
      userId: '00000000-0000-4000-8000-0000000051af',
      trustId: NORTHSTAR.id,
      role: 'STAFF',
      schoolIds: [NORTHSTAR.schools[0].id],
    });
  });
  afterAll(() => admin.end().catch(() => undefined));

  it('offers the technician every move of the flow and the requester none until it is resolved', async () => {
    const { id } = await newTicket(as);
    expect(await seen('tech', id)).toEqual({
      status: 'NEW',
      allowedMoves: ['OPEN', 'WAITING', 'RESOLVED'],
      canRate: false,
    });
    expect(await seen('teacher', id)).toEqual({ status: 'NEW', allowedMoves: [], canRate: false });
    // The same rule refuses what was not offered.
    expect(errorCodes(await as('teacher', MOVE, { t: id, s: 'RESOLVED' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('tech', MOVE, { t: id, s: 'CLOSED' }))).toEqual(['TICKET_STATUS_MOVE']);
  });

  it('lets the requester reopen, close and rate a resolved ticket, and rate it once', async () => {
    const { id } = await newTicket(as);
    ok(await as('tech', MOVE, { t: id, s: 'RESOLVED' }));
    expect(await seen('tech', id)).toEqual({ status: 'RESOLVED', allowedMoves: ['OPEN', 'CLOSED'], canRate: false });
    expect(await seen('teacher', id)).toEqual({ status: 'RESOLVED', allowedMoves: ['OPEN', 'CLOSED'], canRate: true });
    expect(errorCodes(await as('teacher', MOVE, { t: id, s: 'WAITING' }))).toEqual(['FORBIDDEN']);
    expect(ok(await as('teacher', RATE, { t: id })).rateTicket.csatScore).toBe(4);
    expect(await seen('teacher', id)).toEqual({ status: 'RESOLVED', allowedMoves: ['OPEN', 'CLOSED'], canRate: false });
    ok(await as('teacher', MOVE, { t: id, s: 'CLOSED' }));
    expect(await seen('teacher', id)).toEqual({ status: 'CLOSED', allowedMoves: [], canRate: false });
    expect(await seen('tech', id)).toEqual({ status: 'CLOSED', allowedMoves: [], canRate: false });
  });

  it('offers a closed but unrated ticket for rating to its requester only', async () => {
    const { id } = await newTicket(as);
    ok(await as('tech', MOVE, { t: id, s: 'RESOLVED' }));
    ok(await as('teacher', MOVE, { t: id, s: 'CLOSED' }));
    expect(await seen('teacher', id)).toEqual({ status: 'CLOSED', allowedMoves: [], canRate: true });
    expect(errorCodes(await as('tech', RATE, { t: id }))).toEqual(['FORBIDDEN']);
  });

  it('stops offering a reopen once the reopen window has passed, for everyone', async () => {
    const { id } = await newTicket(as);
    ok(await as('tech', MOVE, { t: id, s: 'RESOLVED' }));
    await admin.query(`UPDATE support_desk.ticket SET resolved_at = now() - interval '8 days' WHERE id = $1`, [id]);
    expect(await seen('teacher', id)).toEqual({ status: 'RESOLVED', allowedMoves: ['CLOSED'], canRate: true });
    expect(await seen('tech', id)).toEqual({ status: 'RESOLVED', allowedMoves: ['CLOSED'], canRate: false });
    expect(errorCodes(await as('teacher', MOVE, { t: id, s: 'OPEN' }))).toEqual(['TICKET_STATUS_MOVE']);
  });

  it('shows another member of staff neither the ticket nor its moves, and refuses their move', async () => {
    const { id } = await newTicket(as);
    ok(await as('tech', MOVE, { t: id, s: 'RESOLVED' }));
    expect(ok(await gql(ctx.desk.url, MOVES, { t: id }, otherStaff))).toEqual({ ticket: null });
    expect(errorCodes(await gql(ctx.desk.url, MOVE, { t: id, s: 'CLOSED' }, otherStaff))).toEqual(['TICKET_NOT_FOUND']);
    expect(errorCodes(await gql(ctx.desk.url, RATE, { t: id }, otherStaff))).toEqual(['TICKET_NOT_FOUND']);
  });

  describe('ticket.status_changed says whether the SLA was met', () => {
    const events = async (ticketId: string) =>
      (
        await admin.query(
          `SELECT payload->>'to' AS "to", payload->'slaMet' AS "slaMet" FROM support_desk.outbox
           WHERE payload->>'ticketId' = $1 AND type = 'ticket.status_changed' ORDER BY seq`,
          [ticketId],
        )
      ).rows;
    const badge = async (id: string) =>
      ok(await as('tech', 'query ($t: ID!) { ticket(id: $t) { sla { state } } }', { t: id })).ticket.sla.state;

    it('as met for a ticket resolved in time, and says nothing on a move to an open status', async () => {
      const { id } = await newTicket(as);
      ok(await as('tech', MOVE, { t: id, s: 'WAITING' }));
      ok(await as('tech', MOVE, { t: id, s: 'RESOLVED' }));
      ok(await as('teacher', MOVE, { t: id, s: 'CLOSED' }));
      expect(await events(id)).toEqual([
        { to: 'WAITING', slaMet: null },
        { to: 'RESOLVED', slaMet: true },
        { to: 'CLOSED', slaMet: true },
      ]);
      expect(await badge(id)).toBe('MET');
    });

    it('as not met when the first response came too late, like the badge', async () => {
      const { id } = await newTicket(as);
      // Nobody answered before the first-response due time.
      await admin.query(
        `UPDATE support_desk.ticket SET first_response_due_at = now() - interval '1 minute' WHERE id = $1`,
        [id],
      );
      ok(await as('tech', MOVE, { t: id, s: 'RESOLVED' }));
      expect(await events(id)).toEqual([{ to: 'RESOLVED', slaMet: false }]);
      expect(await badge(id)).toBe('BREACHED');
    });
  });
});
