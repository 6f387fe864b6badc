import type { TicketStatus } from '../../../gql/graphql';

/** The words on each move's button, by where the ticket is and where it goes ("Reopen clock" from waiting). */
export const MOVE_LABELS: Partial<Record<TicketStatus, Partial<Record<TicketStatus, string>>>> = {
  NEW: { OPEN: 'Open', WAITING: 'Wait for requester', RESOLVED: 'Resolve' },
  OPEN: { WAITING: 'Wait for requester', RESOLVED: 'Resolve' },
  WAITING: { OPEN: 'Reopen clock', RESOLVED: 'Resolve' },
  RESOLVED: { OPEN: 'Reopen', CLOSED: 'Close' },
};

/** The label of a move, or a plain one for a move the server allows that the dashboard has no words for yet. */
export const moveLabel = (from: TicketStatus, to: TicketStatus): string =>
  MOVE_LABELS[from]?.[to] ?? `Move to ${to.toLowerCase()}`;
