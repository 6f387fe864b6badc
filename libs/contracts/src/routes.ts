/**
 * Which service consumes which events (prefix match on the type). The outbox relay of every service reads
 * this, so adding a consumer is one line here. Services that consume nothing yet are simply absent.
 */
export const EVENT_ROUTES: Record<string, string[]> = {
  // The desk keeps copies of directory's schools and calendars for its SLA clocks.
  // Every service keeps a copy of the trust's members (names on work, who may hold what, where mail goes) from
  // membership and user events.
  'support-desk': ['trust', 'school', 'calendar', 'membership', 'user'],
  // Change management's freezes come from the same calendars.
  'change-management': ['school', 'calendar', 'membership', 'user'],
  'strategy-roadmap': ['school', 'membership', 'user'],
  // Leadership reporting rolls up what the other services do (only the ticket events that move a figure).
  'leadership-reporting': [
    'trust',
    'school',
    'membership',
    'user',
    'ticket.raised',
    'ticket.status_changed',
    'ticket.replied',
    'ticket.rated',
    'incident',
    'change',
    'initiative',
    'standard',
    'review',
  ],
};

export function consumersOf(type: string, routes: Record<string, string[]> = EVENT_ROUTES): string[] {
  return Object.entries(routes)
    .filter(([, prefixes]) => prefixes.some((prefix) => type === prefix || type.startsWith(`${prefix}.`)))
    .map(([consumer]) => consumer);
}
