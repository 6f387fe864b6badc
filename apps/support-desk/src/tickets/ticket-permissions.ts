/**
 * Who may move or rate a ticket now (pure, table-tested in ticket-permissions.spec.ts). The mutations refuse
 * with these checks and Ticket.allowedMoves / Ticket.canRate serve the same answers, so the dashboard never
 * offers a button the server would refuse.
 */
import { can, isOpen, Role, rolesWith, TICKET_STATUSES } from '@trustops/contracts';
import { checkMove, TicketStatus } from './ticket-rules';

export interface Caller {
  role: Role;
  userId: string;
}

export interface TicketFacts {
  requesterId: string;
  status: TicketStatus;
  resolvedAt: Date | null;
  csatScore: number | null;
}

/** FORBIDDEN: not the caller's to do; CONFLICT: not in this ticket's state (the code says which). */
export type Refusal =
  | { ok: false; category: 'FORBIDDEN'; reason: string }
  | {
      ok: false;
      category: 'CONFLICT';
      code: 'TICKET_STATUS_MOVE' | 'TICKET_NOT_RESOLVED' | 'TICKET_ALREADY_RATED';
      reason: string;
    };
export type Check = { ok: true } | Refusal;

export const cannotWorkTickets = (role: Role): string => `Your role (${role}) cannot work tickets`;
/** The details of that refusal: who can. */
export const WORK_TICKETS_REFUSAL = { requiredRoles: rolesWith('WORK_TICKETS'), capability: 'WORK_TICKETS' };

/**
 * The IT team makes every move of the status flow; the requester may only close their resolved ticket or reopen
 * it. Either way the flow itself (and its reopen window) has the last word.
 */
export function checkStatusChange(caller: Caller, ticket: TicketFacts, to: TicketStatus, now: Date): Check {
  const requesterMove =
    ticket.requesterId === caller.userId && ticket.status === 'RESOLVED' && (to === 'OPEN' || to === 'CLOSED');
  if (!requesterMove && !can(caller.role, 'WORK_TICKETS'))
    return { ok: false, category: 'FORBIDDEN', reason: cannotWorkTickets(caller.role) };
  const move = checkMove(ticket.status, to, ticket.resolvedAt, now);
  return move.ok ? move : { ok: false, category: 'CONFLICT', code: 'TICKET_STATUS_MOVE', reason: move.reason };
}

/** The statuses `caller` may move the ticket to now, in the flow's order. */
export const allowedMoves = (caller: Caller, ticket: TicketFacts, now: Date): TicketStatus[] =>
  TICKET_STATUSES.filter((to) => checkStatusChange(caller, ticket, to, now).ok);

/** Only the person who raised it, once it is resolved (or closed), once. */
export function checkRate(caller: Caller, ticket: TicketFacts): Check {
  if (ticket.requesterId !== caller.userId)
    return { ok: false, category: 'FORBIDDEN', reason: 'Only the person who raised the ticket can rate it' };
  if (isOpen(ticket.status))
    return {
      ok: false,
      category: 'CONFLICT',
      code: 'TICKET_NOT_RESOLVED',
      reason: 'Rate the ticket once it is resolved',
    };
  if (ticket.csatScore !== null)
    return {
      ok: false,
      category: 'CONFLICT',
      code: 'TICKET_ALREADY_RATED',
      reason: 'You have already rated this ticket',
    };
  return { ok: true };
}
