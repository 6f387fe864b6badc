import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';

export interface Review {
  findings: string;
  contributingFactors: string[];
  publishedAt: string;
  reviewer: { displayName: string };
  actions: { id: string; title: string; dueOn: string; status: string; owner: { displayName: string } }[];
}
export interface Incident {
  id: string;
  title: string;
  description: string;
  type: string;
  severity: string;
  state: string;
  awareAt: string;
  icoDeadline: string | null;
  icoNotifiedAt: string | null;
  reviewRequired: boolean;
  schools: { name: string }[];
  commander: { displayName: string } | null;
  reviewer: { id: string; displayName: string } | null;
  timeline: { id: string; at: string; body: string; author: { displayName: string } }[];
  review: Review | null;
}

const REVIEW =
  'findings contributingFactors publishedAt reviewer { displayName } actions { id title dueOn status owner { displayName } }';
const INCIDENT = `id title description type severity state awareAt icoDeadline icoNotifiedAt reviewRequired schools { name } commander { displayName }
  reviewer { id displayName } timeline { id at body author { displayName } } review { ${REVIEW} }`;

/** Refreshed every 30 s: the ICO countdown and the timeline move while people work. */
export const useIncidents = () =>
  useGraphQLQuery<{ incidents: Incident[] }>(['incidents'], `{ incidents { ${INCIDENT} } }`, {}, true, 30_000);
export const usePublishedReviews = () =>
  useGraphQLQuery<{
    publishedReviews: { incident: { id: string; title: string; severity: string; type: string }; review: Review }[];
  }>(['published-reviews'], `{ publishedReviews { incident { id title severity type } review { ${REVIEW} } } }`);
export const useReviewerCandidates = (incidentId: string, enabled: boolean) =>
  useGraphQLQuery<{
    reviewerCandidates: {
      user: { id: string };
      displayName: string;
      role: string;
      independent: boolean;
      problems: string[];
    }[];
  }>(
    ['reviewer-candidates', incidentId],
    'query ($i: ID!) { reviewerCandidates(incidentId: $i) { user { id } displayName role independent problems } }',
    { i: incidentId },
    enabled,
  );

export const useIncidentMutation = <V extends Record<string, unknown>>(mutation: string) =>
  useGraphQLMutation<V>(mutation);
export const OPEN =
  'mutation ($input: OpenIncidentInput!, $idempotencyKey: String) { openIncident(input: $input, idempotencyKey: $idempotencyKey) { id } }';
export const ENTRY =
  'mutation ($incidentId: ID!, $body: String!) { addTimelineEntry(incidentId: $incidentId, body: $body) { id } }';
export const STATE =
  'mutation ($incidentId: ID!, $state: IncidentState!) { setIncidentState(incidentId: $incidentId, state: $state) { id } }';
export const ICO = 'mutation ($incidentId: ID!) { recordIcoNotification(incidentId: $incidentId) { id } }';
export const ASSIGN =
  'mutation ($incidentId: ID!, $reviewerId: ID!) { assignReviewer(incidentId: $incidentId, reviewerId: $reviewerId) { id } }';
export const PUBLISH = 'mutation ($input: PublishReviewInput!) { publishReview(input: $input) { findings } }';
export const DONE = 'mutation ($actionId: ID!) { completeReviewAction(actionId: $actionId) { id } }';
