import type {
  IncidentsQuery,
  IncidentState,
  OpenIncidentInput,
  PublishReviewInput,
  ReviewFieldsFragment,
} from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  AddTimelineEntryDocument,
  AssignReviewerDocument,
  CompleteReviewActionDocument,
  IncidentsDocument,
  OpenIncidentDocument,
  PublishedReviewsDocument,
  PublishReviewDocument,
  RecordIcoNotificationDocument,
  ReviewerCandidatesDocument,
  SetIncidentStateDocument,
} from '../graphql/incidents.graphql';

export type Incident = IncidentsQuery['incidents'][number];
export type Review = ReviewFieldsFragment;

/** Query keys: the incident list (with each review), the published reviews, and who may review one incident. */
export const incidentKeys = {
  list: ['incidents'] as const,
  published: ['published-reviews'] as const,
  candidates: (incidentId: string) => ['reviewer-candidates', incidentId] as const,
};

/** Refreshed every 30 s: the ICO countdown and the timeline move while people work. */
export const useIncidents = () =>
  useGraphQLQuery(incidentKeys.list, IncidentsDocument, {}, { refetchInterval: 30_000 });
export const usePublishedReviews = () => useGraphQLQuery(incidentKeys.published, PublishedReviewsDocument);
export const useReviewerCandidates = (incidentId: string) =>
  useGraphQLQuery(incidentKeys.candidates(incidentId), ReviewerCandidatesDocument, { incidentId });

export function useOpenIncident() {
  const open = useGraphQLMutation(OpenIncidentDocument, () => [incidentKeys.list]);
  return {
    open: (input: OpenIncidentInput) => succeeded(open.mutateAsync({ input })),
    isPending: open.isPending,
    error: open.error,
  };
}

/** Work one incident: its timeline, its state, telling the ICO. */
export function useIncidentActions(incidentId: string) {
  const list = () => [incidentKeys.list];
  const entry = useGraphQLMutation(AddTimelineEntryDocument, list);
  const state = useGraphQLMutation(SetIncidentStateDocument, list);
  const ico = useGraphQLMutation(RecordIcoNotificationDocument, list);
  return {
    addEntry: (body: string) => succeeded(entry.mutateAsync({ incidentId, body })),
    moveTo: (next: IncidentState) => succeeded(state.mutateAsync({ incidentId, state: next })),
    recordIcoNotification: () => succeeded(ico.mutateAsync({ incidentId })),
    error: entry.error ?? state.error ?? ico.error,
  };
}

/** The independent review of one incident: assign a reviewer (the director), publish it (the reviewer). */
export function useIncidentReview(incidentId: string) {
  const assign = useGraphQLMutation(AssignReviewerDocument, () => [
    incidentKeys.list,
    incidentKeys.candidates(incidentId),
  ]);
  const publish = useGraphQLMutation(PublishReviewDocument, () => [incidentKeys.list, incidentKeys.published]);
  return {
    assignReviewer: (reviewerId: string) => succeeded(assign.mutateAsync({ incidentId, reviewerId })),
    publish: (input: Omit<PublishReviewInput, 'incidentId'>) =>
      succeeded(publish.mutateAsync({ input: { ...input, incidentId } })),
    isAssigning: assign.isPending,
    isPublishing: publish.isPending,
    assignError: assign.error,
    publishError: publish.error,
  };
}

/** Mark a review's action done (shown on the incident and in the published reviews). */
export function useCompleteReviewAction() {
  const done = useGraphQLMutation(CompleteReviewActionDocument, () => [incidentKeys.list, incidentKeys.published]);
  return { complete: (actionId: string) => succeeded(done.mutateAsync({ actionId })), error: done.error };
}
