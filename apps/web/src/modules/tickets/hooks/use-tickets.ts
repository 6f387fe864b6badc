import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';

export interface TicketRow {
  id: string;
  number: string;
  subject: string;
  status: string;
  priority: string;
  kind: string;
  team: string | null;
  school: { id: string; name: string };
  assignee: { id: string; displayName: string } | null;
  sla: { state: string; resolutionDueAt: string; resolutionWorkingMinutesLeft: number | null };
}
export interface Article {
  id: string;
  title: string;
  body: string;
}
export interface TicketDetail extends TicketRow {
  description: string;
  category: string;
  csatScore: number | null;
  createdAt: string;
  requester: { id: string; displayName: string };
  sla: TicketRow['sla'] & {
    firstResponseDueAt: string;
    firstRespondedAt: string | null;
    firstResponseWarningAt: string;
    resolutionWarningAt: string;
    firstResponseTargetMinutes: number;
    resolutionTargetMinutes: number;
  };
  replies: { id: string; body: string; internal: boolean; createdAt: string; author: { displayName: string } }[];
  parent: { id: string; number: string } | null;
  children: { id: string; number: string; status: string }[];
  asset: { id: string; tag: string; type: string; model: string | null } | null;
  attachments: { id: string; fileName: string; sizeBytes: number; url: string; createdAt: string }[];
  history: { action: string; summary: string; at: string; actor: { displayName: string } | null }[];
  suggestedArticles: Article[];
}

const ROW = `id number subject status priority kind team school { id name } assignee { id displayName }
  sla { state resolutionDueAt resolutionWorkingMinutesLeft }`;
const LIST = `query Tickets($filter: TicketFilter, $sort: TicketSort, $after: String) { tickets(first: 50, after: $after, filter: $filter, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } } }`;
const ONE = `query Ticket($id: ID!) { ticket(id: $id) { ${ROW} description category csatScore createdAt requester { id displayName }
  sla { state firstResponseDueAt firstRespondedAt firstResponseWarningAt resolutionWarningAt resolutionDueAt resolutionWorkingMinutesLeft
    firstResponseTargetMinutes resolutionTargetMinutes }
  parent { id number } children { id number status } asset { id tag type model }
  attachments { id fileName sizeBytes url createdAt } history { action summary at actor { displayName } }
  suggestedArticles { id title body }
  replies { id body internal createdAt author { displayName } } } }`;

/** The queue follows the desk's live stream (useLive('tickets')); while that reconnects it polls every 10 s. */
export const QUEUE_POLL_SECONDS = 10;
export const useTicketList = (filter: Record<string, unknown>, sort: string, after: string | null, live: boolean) =>
  useGraphQLQuery<{
    tickets: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: TicketRow }[];
    };
  }>(['tickets', filter, sort, after], LIST, { filter, sort, after }, true, live ? 60_000 : QUEUE_POLL_SECONDS * 1000);

export const useTicket = (id: string) => useGraphQLQuery<{ ticket: TicketDetail | null }>(['ticket', id], ONE, { id });

/** A ticket mutation that refreshes the ticket and the lists after it succeeds. */
export const useTicketMutation = <V extends Record<string, unknown>>(mutation: string) =>
  useGraphQLMutation<V>(mutation);

export const RAISE =
  'mutation Raise($input: RaiseTicketInput!, $idempotencyKey: String) { raiseTicket(input: $input, idempotencyKey: $idempotencyKey) { id number } }';
export const REPLY = `mutation Reply($ticketId: ID!, $body: String!, $internal: Boolean, $idempotencyKey: String) {
  replyToTicket(ticketId: $ticketId, body: $body, internal: $internal, idempotencyKey: $idempotencyKey) { id } }`;
export const STATUS =
  'mutation Status($ticketId: ID!, $status: TicketStatus!) { changeTicketStatus(ticketId: $ticketId, status: $status) { id status } }';
export const ASSIGN =
  'mutation Assign($ticketId: ID!, $assigneeId: ID!) { assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) { id } }';
export const RATE =
  'mutation Rate($ticketId: ID!, $score: Int!, $comment: String) { rateTicket(ticketId: $ticketId, score: $score, comment: $comment) { id csatScore } }';
export const LINK_ASSET =
  'mutation LinkAsset($ticketId: ID!, $assetId: ID) { linkTicketAsset(ticketId: $ticketId, assetId: $assetId) { id } }';

const SUGGEST =
  'query Suggest($text: String!, $schoolId: ID) { suggestArticles(text: $text, schoolId: $schoolId) { id title body } }';

/** Articles for a question being typed; waits for a few characters. */
export const useArticleSuggestions = (text: string, schoolId: string | null) =>
  useGraphQLQuery<{ suggestArticles: Article[] }>(
    ['suggest', text, schoolId],
    SUGGEST,
    { text, schoolId },
    text.trim().length >= 4,
  );

const ASSETS = 'query Assets($schoolId: ID) { assets(schoolId: $schoolId, first: 200) { id tag type model } }';
export const useSchoolAssets = (schoolId: string, enabled: boolean) =>
  useGraphQLQuery<{ assets: { id: string; tag: string; type: string; model: string | null }[] }>(
    ['assets', schoolId],
    ASSETS,
    { schoolId },
    enabled,
  );
