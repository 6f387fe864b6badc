import type { TicketFilter, TicketQuery, TicketQueueQuery, TicketSort } from '../../../gql/graphql';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  SchoolAssetsDocument,
  SuggestArticlesDocument,
  TicketDocument,
  TicketQueueDocument,
} from '../graphql/tickets.graphql';
import { ticketKeys } from './ticket-keys';

export type TicketRow = TicketQueueQuery['tickets']['edges'][number]['node'];
export type TicketDetail = NonNullable<TicketQuery['ticket']>;
export type Article = TicketDetail['suggestedArticles'][number];

/** The queue follows the desk's live stream (useLive('tickets')); while that reconnects it polls every 10 s. */
export const QUEUE_POLL_SECONDS = 10;
export const useTicketList = (filter: TicketFilter, sort: TicketSort, after: string | null, live: boolean) =>
  useGraphQLQuery(
    ticketKeys.list(filter, sort, after),
    TicketQueueDocument,
    { filter, sort, after },
    { refetchInterval: live ? 60_000 : QUEUE_POLL_SECONDS * 1000 },
  );

export const useTicket = (id: string) => useGraphQLQuery(ticketKeys.one(id), TicketDocument, { id });

/** Articles for a question being typed; waits for a few characters. */
export const useArticleSuggestions = (text: string, schoolId: string | null) =>
  useGraphQLQuery(
    ticketKeys.suggestions(text, schoolId),
    SuggestArticlesDocument,
    { text, schoolId },
    { enabled: text.trim().length >= 4 },
  );

/** The school's devices, for the IT team linking one to a ticket. */
export const useSchoolAssets = (schoolId: string, options: { enabled: boolean }) =>
  useGraphQLQuery(ticketKeys.assets(schoolId), SchoolAssetsDocument, { schoolId }, options);
