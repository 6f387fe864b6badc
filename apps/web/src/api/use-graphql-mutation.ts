import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../modules/session/hooks/use-session';
import { ApiError, graphql } from './graphql';
import { submissionKeys, takesIdempotencyKey } from './submission-key';

/**
 * A mutation as the signed-in user; on success every query refreshes (lists and details change together).
 * A create mutation (one that declares `$idempotencyKey`) sends one key per submission, so a double click or a
 * retry after "TrustOps is reconnecting" never writes twice.
 */
export function useGraphQLMutation<V extends Record<string, unknown>, R = unknown>(mutation: string) {
  const { session } = useSession();
  const client = useQueryClient();
  const keys = useRef(submissionKeys());
  return useMutation<R, ApiError, V>({
    mutationFn: (variables: V) => {
      const sent = takesIdempotencyKey(mutation)
        ? { ...variables, idempotencyKey: keys.current.keyFor(variables) }
        : variables;
      return graphql<R>(mutation, sent, session?.accessToken);
    },
    onSuccess: () => {
      keys.current.succeeded();
      return client.invalidateQueries();
    },
  });
}
