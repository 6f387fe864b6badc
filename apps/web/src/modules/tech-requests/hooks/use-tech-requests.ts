import type {
  ApprovedAppsQuery,
  DecideTechRequestInput,
  RaiseTechRequestInput,
  TechDecision,
  TechRequestsQuery,
} from '../../../gql/graphql';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import {
  AppealTechRequestDocument,
  ApprovedAppsDocument,
  DecideAppealDocument,
  DecideTechRequestDocument,
  RaiseTechRequestDocument,
  TechRequestsDocument,
} from '../graphql/tech-requests.graphql';

export type TechRequest = TechRequestsQuery['techRequests'][number];
export type ApprovedApp = ApprovedAppsQuery['approvedApps'][number];

/** Query keys: the requests (every step below changes only them) and the approved-apps register. */
export const techRequestKeys = {
  list: ['tech-requests'] as const,
  register: (text: string) => ['approved-apps', text] as const,
};

export const useTechRequests = () => useGraphQLQuery(techRequestKeys.list, TechRequestsDocument);
export const useApprovedApps = (text: string) =>
  useGraphQLQuery(techRequestKeys.register(text), ApprovedAppsDocument, { text: text || null });

export function useRaiseTechRequest() {
  const raise = useGraphQLMutation(RaiseTechRequestDocument, () => [techRequestKeys.list]);
  return {
    raise: (input: RaiseTechRequestInput) => succeeded(raise.mutateAsync({ input })),
    isPending: raise.isPending,
    isSuccess: raise.isSuccess,
    error: raise.error,
  };
}

/** An engineer's decision on one request, with its reason, risks and alternatives. */
export function useDecideTechRequest(requestId: string) {
  const decide = useGraphQLMutation(DecideTechRequestDocument, () => [techRequestKeys.list]);
  return {
    decide: (input: Omit<DecideTechRequestInput, 'requestId'>) =>
      succeeded(decide.mutateAsync({ input: { ...input, requestId } })),
    isPending: decide.isPending,
    error: decide.error,
  };
}

/** The requester's appeal of a "no", and the executive's decision on it. */
export function useTechRequestAppeal(requestId: string) {
  const appeal = useGraphQLMutation(AppealTechRequestDocument, () => [techRequestKeys.list]);
  const decide = useGraphQLMutation(DecideAppealDocument, () => [techRequestKeys.list]);
  return {
    appeal: (note: string) => succeeded(appeal.mutateAsync({ requestId, note })),
    decideAppeal: (decision: TechDecision, note: string) =>
      succeeded(decide.mutateAsync({ requestId, decision, note })),
    appealing: { isPending: appeal.isPending, error: appeal.error },
    deciding: { isPending: decide.isPending, error: decide.error },
  };
}
