import type { TypedDocumentString } from '../gql/graphql';
import { reportReachable } from './connection';

/** One GraphQL call to the gateway. Errors arrive as ApiError with the server's code, message and details. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A typed operation (src/gql, generated from the supergraph) sent with its variables, as `token`'s user. */
export async function requestGraphQL<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  token?: string | null,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    reportReachable(false);
    throw new ApiError('NETWORK', 'TrustOps cannot be reached. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: R;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  } | null;
  if (!body) {
    reportReachable(response.status < 500);
    throw new ApiError('BAD_RESPONSE', `The server answered ${response.status} without data. Try again in a moment.`);
  }
  const error = body.errors?.[0];
  reportReachable(!body.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE'));
  if (error)
    throw new ApiError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.message, error.extensions ?? {});
  return body.data as R;
}
