import type { RaiseTicketInput, TicketStatus } from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import {
  AssignTicketDocument,
  ChangeTicketStatusDocument,
  LinkTicketAssetDocument,
  RaiseTicketDocument,
  RateTicketDocument,
  ReplyToTicketDocument,
} from '../graphql/tickets.graphql';
import { ticketKeys } from './ticket-keys';

/** The ticket a verb acts on: its own page, and the linked ones a move carries along (resolving a parent resolves its reports). */
export interface TicketRef {
  id: string;
  parent?: { id: string } | null;
  children?: { id: string }[];
}

const itAndLinked = (ticket: TicketRef) => [
  ticketKeys.one(ticket.id),
  ...(ticket.parent ? [ticketKeys.one(ticket.parent.id)] : []),
  ...(ticket.children ?? []).map((c) => ticketKeys.one(c.id)),
];

/** Move, assign and rate one ticket. A move or an assignment shows in the lists; a rating only on the ticket. */
export function useTicketActions(ticket: TicketRef) {
  const status = useGraphQLMutation(ChangeTicketStatusDocument, () => [...itAndLinked(ticket), ticketKeys.lists]);
  const assign = useGraphQLMutation(AssignTicketDocument, () => [ticketKeys.one(ticket.id), ticketKeys.lists]);
  const rate = useGraphQLMutation(RateTicketDocument, () => [ticketKeys.one(ticket.id)]);
  return {
    changeStatus: (to: TicketStatus) => succeeded(status.mutateAsync({ ticketId: ticket.id, status: to })),
    assign: (assigneeId: string) => succeeded(assign.mutateAsync({ ticketId: ticket.id, assigneeId })),
    rate: (score: number, comment: string | null = null) =>
      succeeded(rate.mutateAsync({ ticketId: ticket.id, score, comment })),
    isMoving: status.isPending,
    error: status.error ?? assign.error ?? rate.error,
  };
}

/** Reply or add an internal note (replies move the first-response clock, which the lists show). */
export function useReplyToTicket(ticketId: string) {
  const reply = useGraphQLMutation(ReplyToTicketDocument, () => [ticketKeys.one(ticketId), ticketKeys.lists]);
  return {
    reply: (body: string, { internal }: { internal: boolean }) =>
      succeeded(reply.mutateAsync({ ticketId, body, internal })),
    isPending: reply.isPending,
    error: reply.error,
  };
}

/** Link one of the school's devices to the ticket, or none. */
export function useLinkTicketAsset(ticketId: string) {
  const link = useGraphQLMutation(LinkTicketAssetDocument, () => [ticketKeys.one(ticketId)]);
  return {
    linkAsset: (assetId: string | null) => succeeded(link.mutateAsync({ ticketId, assetId })),
    isPending: link.isPending,
    error: link.error,
  };
}

/** Raise a ticket (one idempotency key per submission); it appears in the lists. */
export function useRaiseTicket() {
  const raise = useGraphQLMutation(RaiseTicketDocument, () => [ticketKeys.lists]);
  return {
    raise: (input: RaiseTicketInput) => succeeded(raise.mutateAsync({ input })),
    isPending: raise.isPending,
    isSuccess: raise.isSuccess,
    error: raise.error,
  };
}
