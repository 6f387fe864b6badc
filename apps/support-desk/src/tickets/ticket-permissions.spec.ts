import { makeTicket } from '../testing/factories';
import { allowedMoves, Caller, checkRate, checkStatusChange } from './ticket-permissions';
import { TicketStatus } from './ticket-rules';

const requester = '00000000-0000-4000-8000-00000000aaaa';
const teacher: Caller = { role: 'STAFF', userId: requester };
const tech: Caller = { role: 'TECHNICIAN', userId: '00000000-0000-4000-8000-00000000bbbb' };
const otherStaff: Caller = { role: 'STAFF', userId: '00000000-0000-4000-8000-00000000cccc' };
const executive: Caller = { role: 'EXECUTIVE', userId: '00000000-0000-4000-8000-00000000dddd' };
const now = new Date('2026-11-25T12:00:00Z');
const resolved = (daysAgo: number) => ({
  status: 'RESOLVED' as const,
  resolvedAt: new Date(now.getTime() - daysAgo * 86_400_000),
});

describe('allowedMoves', () => {
  it.each([
    {
      title: 'the IT team, a new ticket',
      caller: tech,
      ticket: { status: 'NEW' },
      expected: ['OPEN', 'WAITING', 'RESOLVED'],
    },
    {
      title: 'the IT team, a waiting ticket',
      caller: tech,
      ticket: { status: 'WAITING' },
      expected: ['OPEN', 'RESOLVED'],
    },
    { title: 'the IT team, resolved yesterday', caller: tech, ticket: resolved(1), expected: ['OPEN', 'CLOSED'] },
    { title: 'the IT team, resolved 8 days ago', caller: tech, ticket: resolved(8), expected: ['CLOSED'] },
    { title: 'the IT team, a closed ticket', caller: tech, ticket: { status: 'CLOSED' }, expected: [] },
    { title: 'the requester, an open ticket', caller: teacher, ticket: { status: 'OPEN' }, expected: [] },
    { title: 'the requester, resolved yesterday', caller: teacher, ticket: resolved(1), expected: ['OPEN', 'CLOSED'] },
    { title: 'the requester, resolved 8 days ago', caller: teacher, ticket: resolved(8), expected: ['CLOSED'] },
    { title: 'another member of staff, resolved', caller: otherStaff, ticket: resolved(1), expected: [] },
    { title: 'an executive, resolved', caller: executive, ticket: resolved(1), expected: [] },
  ] as { title: string; caller: Caller; ticket: { status: TicketStatus }; expected: TicketStatus[] }[])(
    '$title: $expected',
    ({ caller, ticket, expected }) => {
      expect(allowedMoves(caller, makeTicket({ requesterId: requester, ...ticket }), now)).toEqual(expected);
    },
  );

  it('says why a move is refused: FORBIDDEN for the role, TICKET_STATUS_MOVE for the flow', () => {
    const open = makeTicket({ requesterId: requester, status: 'OPEN' });
    expect(checkStatusChange(teacher, open, 'RESOLVED', now)).toEqual({
      ok: false,
      category: 'FORBIDDEN',
      reason: 'Your role (STAFF) cannot work tickets',
    });
    expect(checkStatusChange(tech, open, 'CLOSED', now)).toEqual({
      ok: false,
      category: 'CONFLICT',
      code: 'TICKET_STATUS_MOVE',
      reason: 'A OPEN ticket can move to WAITING or RESOLVED, not CLOSED',
    });
  });
});

describe('checkRate', () => {
  it.each([
    { title: 'the requester, resolved', caller: teacher, ticket: { status: 'RESOLVED' }, expected: 'ok' },
    { title: 'the requester, closed', caller: teacher, ticket: { status: 'CLOSED' }, expected: 'ok' },
    {
      title: 'the requester, still open',
      caller: teacher,
      ticket: { status: 'OPEN' },
      expected: 'TICKET_NOT_RESOLVED',
    },
    {
      title: 'the requester, already rated',
      caller: teacher,
      ticket: { status: 'RESOLVED', csatScore: 5 },
      expected: 'TICKET_ALREADY_RATED',
    },
    { title: 'the IT team', caller: tech, ticket: { status: 'RESOLVED' }, expected: 'FORBIDDEN' },
    { title: 'another member of staff', caller: otherStaff, ticket: { status: 'RESOLVED' }, expected: 'FORBIDDEN' },
  ] as { title: string; caller: Caller; ticket: { status: TicketStatus; csatScore?: number }; expected: string }[])(
    '$title: $expected',
    ({ caller, ticket, expected }) => {
      const check = checkRate(caller, makeTicket({ requesterId: requester, ...ticket }));
      expect(check.ok ? 'ok' : 'code' in check ? check.code : check.category).toBe(expected);
    },
  );
});
