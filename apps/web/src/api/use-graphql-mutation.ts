import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../modules/session/hooks/use-session';
import { ApiError, graphql } from './graphql';

/** A mutation as the signed-in user; on success every query refreshes (lists and details change together). */
export function useGraphQLMutation<V extends Record<string, unknown>, R = unknown>(mutation: string) {
  const { session } = useSession();
  const client = useQueryClient();
  return useMutation<R, ApiError, V>({
    mutationFn: (variables: V) => graphql<R>(mutation, variables, session?.accessToken),
    onSuccess: () => client.invalidateQueries(),
  });
}
