import { defineErrors } from '@trustops/service-kit';

export const ticketErrors = defineErrors('Support desk · tickets', {
  TICKET_NOT_FOUND: {
    category: 'NOT_FOUND',
    // RLS and school scope hide other rows, so "not found" also covers "not yours".
    meaning: 'No ticket with that id that you can see (another trust, another school, or not yours to see).',
  },
  TICKET_CLOSED: {
    category: 'CONFLICT',
    meaning: 'The ticket is closed and takes no more replies, files or assignment; raise a new one and mention it.',
  },
  TICKET_STATUS_MOVE: {
    category: 'CONFLICT',
    meaning:
      'The ticket cannot move to that status from where it is; the message (and Ticket.allowedMoves) says where it can.',
  },
  TICKET_NOT_RESOLVED: {
    category: 'CONFLICT',
    meaning: 'A ticket is rated once it is resolved; wait for the IT team to resolve it.',
  },
  TICKET_ALREADY_RATED: {
    category: 'CONFLICT',
    meaning: 'You have rated this ticket already; a rating is given once.',
  },
  SCHOOL_CLOSED: {
    category: 'CONFLICT',
    meaning:
      'The school is closed and takes no new tickets; raise it for the school that took over its pupils. Its existing tickets can still be worked.',
  },
  TICKET_LINK_DEPTH: {
    category: 'CONFLICT',
    meaning: 'Links are one level deep: link to the parent ticket itself, or link the others to this one.',
  },
});

export const ticketNotFound = (ticketId: string) =>
  ticketErrors.error('TICKET_NOT_FOUND', 'No ticket with that id that you can see', { ticketId });

const onDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export const schoolClosed = (school: { id: string; name: string; closedAt: Date }) =>
  ticketErrors.error(
    'SCHOOL_CLOSED',
    `${school.name} closed on ${onDate.format(school.closedAt)}; raise it for the school that took over its pupils`,
    { schoolId: school.id, closedAt: school.closedAt.toISOString() },
  );
