import { useEffect, useRef } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../modules/session/hooks/use-session';
import { isRetryable, retryDelay } from './connection';
import { ApiError, requestGraphQL } from './graphql';

/** A query's key below the trust: what it reads, so a mutation can refresh just that (see each module's keys). */
export type QueryKey = readonly unknown[];

export interface QueryOptions {
  /** False until the query has what it needs (a few typed characters, a chosen school). */
  enabled?: boolean;
  /** Poll every so many milliseconds (the live pages' fallback while their stream reconnects). */
  refetchInterval?: number;
}

type NoVariables = { [key: string]: never };
/** Operations without variables take none; the others must be given theirs. */
type Arguments<V> = NoVariables extends V
  ? [variables?: V, options?: QueryOptions]
  : [variables: V, options?: QueryOptions];

/**
 * A query as the signed-in user, cached per trust. A refusal renews the access token and asks again; a session
 * that has ended sends the user back to sign in.
 */
export function useGraphQLQuery<R, V>(key: QueryKey, document: TypedDocumentString<R, V>, ...args: Arguments<V>) {
  const [variables = {} as V, options = {}] = args;
  const { session, renew } = useSession();
  const result = useQuery<R, ApiError>({
    queryKey: [session?.trust.id, ...key],
    queryFn: () => requestGraphQL(document, variables, session?.accessToken),
    enabled: (options.enabled ?? true) && !!session,
    refetchInterval: options.refetchInterval,
    // A restart or a dropped network is waited out (the banner says so); a refusal is shown at once.
    retry: (count, error) => isRetryable(error.code) && count < 60,
    retryDelay: (attempt) => retryDelay(attempt),
  });
  const { error, refetch } = result;
  useEffect(() => {
    if (error?.code !== 'UNAUTHENTICATED') return;
    void renew().then((renewed) => {
      if (renewed) void refetch();
    });
  }, [error, renew, refetch]);
  return result;
}

/**
 * The same query once per set of variables (one school's calendar, for each chosen school), cached apart, so
 * choosing one more school fetches only that one. Each entry is `useQuery`'s result for `variables[i]`.
 */
export function useGraphQLQueries<R, V>(
  keyFor: (variables: V) => QueryKey,
  document: TypedDocumentString<R, V>,
  variables: V[],
  options: QueryOptions = {},
) {
  const { session, renew } = useSession();
  const results = useQueries({
    queries: variables.map((v) => ({
      queryKey: [session?.trust.id, ...keyFor(v)],
      queryFn: () => requestGraphQL(document, v, session?.accessToken),
      enabled: (options.enabled ?? true) && !!session,
      retry: (count: number, error: ApiError) => isRetryable(error.code) && count < 60,
      retryDelay: (attempt: number) => retryDelay(attempt),
    })),
  });
  const latest = useRef(results);
  latest.current = results;
  const refused = results.some((r) => (r.error as ApiError | null)?.code === 'UNAUTHENTICATED');
  useEffect(() => {
    if (!refused) return;
    void renew().then((renewed) => {
      if (!renewed) return;
      for (const r of latest.current) if ((r.error as ApiError | null)?.code === 'UNAUTHENTICATED') void r.refetch();
    });
  }, [refused, renew]);
  return results as { data?: R; error: ApiError | null; isPending: boolean }[];
}
