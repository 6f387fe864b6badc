import { TicketStatusChanged } from '@trustops/contracts';

// Whether a resolution counts as within SLA on the board (pure, table-tested).

/** When the ticket was resolved, by when it had to be, and the desk's own answer (`slaMet`) when it sent one. */
export type Resolution = Pick<TicketStatusChanged, 'at' | 'resolutionDueAt' | 'slaMet'>;

export interface TicketTimes {
  raisedAt: Date;
  frDue: Date;
  /** Minutes from raise to the first public reply; null when nobody replied before the resolution. */
  frMinutes: number | null;
}

/**
 * The desk decides whether its SLA was met (it knows pauses and targets reporting does not), so its `slaMet`
 * wins. The computation below is kept only for events written before the desk sent it: `pnpm rebuild-reporting`
 * replays every event ever emitted, and the old ones must still count as they did.
 */
export function resolvedWithinSla(resolution: Resolution, ticket: TicketTimes): boolean {
  if (typeof resolution.slaMet === 'boolean') return resolution.slaMet;
  const resolvedAt = new Date(resolution.at);
  const responded =
    ticket.frMinutes === null ? resolvedAt : new Date(ticket.raisedAt.getTime() + ticket.frMinutes * 60_000);
  return resolvedAt <= new Date(resolution.resolutionDueAt) && responded <= ticket.frDue;
}
