import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, requestGraphQL } from '../../../api/graphql';
import type { SetUpTrustInput } from '../../../gql/graphql';
import { useSession } from '../../session/hooks/use-session';
import { SetUpTrustDocument, SetupNeededDocument } from '../graphql/setup.graphql';

/** Whether this install has no trust yet (asked signed out; once a trust exists the answer stays false). */
export const useSetupNeeded = (enabled: boolean) =>
  useQuery({
    queryKey: ['setup-needed'],
    queryFn: async () => (await requestGraphQL(SetupNeededDocument, {})).setupNeeded,
    enabled,
    staleTime: Infinity,
  });

/** Makes the first trust and signs its IT director in. */
export function useSetUpTrust() {
  const { adopt } = useSession();
  return useMutation<void, ApiError, SetUpTrustInput>({
    mutationFn: async (input) => adopt((await requestGraphQL(SetUpTrustDocument, { input })).setUpTrust),
  });
}
