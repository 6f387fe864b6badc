/** A ticket's statuses; the moves between them are the support desk's rule (Ticket.allowedMoves says which). */
export const TICKET_STATUSES = ['NEW', 'OPEN', 'WAITING', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which a ticket still needs the IT team: the queue, the board's "open" and SLA breach checks. */
export const OPEN_TICKET_STATUSES = ['NEW', 'OPEN', 'WAITING'] as const satisfies readonly TicketStatus[];

export const isOpen = (status: string): boolean => (OPEN_TICKET_STATUSES as readonly string[]).includes(status);
