import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../modules/session/hooks/use-session';
import { ApiError, requestGraphQL } from './graphql';
import { submissionKeys, takesIdempotencyKey } from './submission-key';
import type { QueryKey } from './use-graphql-query';

/** What a caller sends: the hook adds the idempotency key itself. */
export type SentVariables<V> = Omit<V, 'idempotencyKey'>;

/**
 * A mutation as the signed-in user. On success it refreshes only the queries `invalidates` names (prefixes of
 * their keys, below the trust): what this write changed, not every page's data.
 * A create mutation (one that declares `$idempotencyKey`) sends one key per submission, so a double click or a
 * retry after "TrustOps is reconnecting" never writes twice.
 */
export function useGraphQLMutation<R, V>(
  document: TypedDocumentString<R, V>,
  invalidates: (variables: SentVariables<V>, result: R) => QueryKey[],
) {
  const { session } = useSession();
  const client = useQueryClient();
  const keys = useRef(submissionKeys());
  const trustId = session?.trust.id;
  return useMutation<R, ApiError, SentVariables<V>>({
    mutationFn: (variables) => {
      const sent = takesIdempotencyKey(document.toString())
        ? { ...variables, idempotencyKey: keys.current.keyFor(variables) }
        : variables;
      return requestGraphQL(document, sent as V, session?.accessToken);
    },
    onSuccess: (result, variables) => {
      keys.current.succeeded();
      return Promise.all(
        invalidates(variables, result).map((key) => client.invalidateQueries({ queryKey: [trustId, ...key] })),
      );
    },
  });
}

/** A verb over a mutation: true once it succeeded; a failure shows through the mutation's `error`. */
export const succeeded = (attempt: Promise<unknown>): Promise<boolean> =>
  attempt.then(
    () => true,
    () => false,
  );
