import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../modules/session/hooks/use-session';
import { isRetryable, retryDelay } from './connection';
import { ApiError, graphql } from './graphql';

/** A query as the signed-in user, cached per trust; an expired session sends the user back to sign in. */
export function useGraphQLQuery<T>(
  key: unknown[],
  query: string,
  variables: Record<string, unknown> = {},
  enabled = true,
  refetchInterval?: number,
) {
  const { session, signOut } = useSession();
  const result = useQuery<T, ApiError>({
    queryKey: [session?.trust.id, ...key],
    queryFn: () => graphql<T>(query, variables, session?.accessToken),
    enabled: enabled && !!session,
    refetchInterval,
    // A restart or a dropped network is waited out (the banner says so); a refusal is shown at once.
    retry: (count, error) => isRetryable(error.code) && count < 60,
    retryDelay: (attempt) => retryDelay(attempt),
  });
  useEffect(() => {
    if (result.error?.code === 'UNAUTHENTICATED') signOut();
  }, [result.error, signOut]);
  return result;
}
