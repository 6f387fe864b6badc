import type { TicketFilter, TicketSort } from '../../../gql/graphql';

/**
 * The desk's query keys (below the trust). Lists start with 'tickets', one ticket is ['ticket', id]: the
 * live stream refreshes both, and each mutation names the ones it changes.
 */
export const ticketKeys = {
  lists: ['tickets'] as const,
  list: (filter: TicketFilter, sort: TicketSort, after: string | null) => ['tickets', { filter, sort, after }] as const,
  one: (id: string) => ['ticket', id] as const,
  suggestions: (text: string, schoolId: string | null) => ['article-suggestions', text, schoolId] as const,
  assets: (schoolId: string) => ['assets', schoolId] as const,
};
