import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';

export interface TechRequest {
  id: string;
  kind: string;
  title: string;
  goal: string;
  reason: string;
  appName: string | null;
  status: string;
  createdAt: string;
  school: { name: string };
  requester: { id: string; displayName: string };
  decision: {
    outcome: string;
    reason: string;
    conditions: string | null;
    risks: string[];
    alternatives: string[];
    decidedBy: { displayName: string };
  } | null;
  appeal: {
    note: string;
    outcome: string | null;
    decisionNote: string | null;
    decidedBy: { displayName: string } | null;
  } | null;
}
export interface ApprovedApp {
  id: string;
  name: string;
  vendor: string;
  purpose: string;
  dpiaStatus: string;
}

const REQUEST = `id kind title goal reason appName status createdAt school { name } requester { id displayName }
  decision { outcome reason conditions risks alternatives decidedBy { displayName } } appeal { note outcome decisionNote decidedBy { displayName } }`;

export const useTechRequests = () =>
  useGraphQLQuery<{ techRequests: TechRequest[] }>(['tech-requests'], `{ techRequests { ${REQUEST} } }`);
export const useApprovedApps = (text: string) =>
  useGraphQLQuery<{ approvedApps: ApprovedApp[] }>(
    ['approved-apps', text],
    'query ($t: String) { approvedApps(text: $t) { id name vendor purpose dpiaStatus } }',
    { t: text || null },
  );

export const useRaiseTechRequest = () =>
  useGraphQLMutation<{ input: Record<string, unknown> }>(
    'mutation ($input: RaiseTechRequestInput!, $idempotencyKey: String) { raiseTechRequest(input: $input, idempotencyKey: $idempotencyKey) { id } }',
  );
export const useDecide = () =>
  useGraphQLMutation<{ input: Record<string, unknown> }>(
    'mutation ($input: DecideTechRequestInput!) { decideTechRequest(input: $input) { id } }',
  );
export const useAppeal = () =>
  useGraphQLMutation<{ requestId: string; note: string }>(
    'mutation ($requestId: ID!, $note: String!) { appealTechRequest(requestId: $requestId, note: $note) { id } }',
  );
export const useDecideAppeal = () =>
  useGraphQLMutation<{ requestId: string; decision: string; note: string }>(
    'mutation ($requestId: ID!, $decision: TechDecision!, $note: String!) { decideAppeal(requestId: $requestId, decision: $decision, note: $note) { id } }',
  );
