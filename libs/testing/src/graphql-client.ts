export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A plain HTTP GraphQL call, as the dashboard makes it. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, errors: [{ message: text }] };
  }
}

/**
 * The data of an answer that must have succeeded, instead of `response.data!`: a failure names the status and
 * the errors (their codes and messages) rather than "cannot read properties of undefined".
 */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || response.data === undefined || response.data === null) {
    const errors = (response.errors ?? []).map((e) => `${e.extensions?.code ?? 'NO_CODE'}: ${e.message}`);
    throw new Error(`expected data, got HTTP ${response.status} ${errors.join('; ') || 'and no data'}`);
  }
  return response.data;
}

export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/** Signs in a demo user through `url` (gateway or directory) and returns the token. */
export async function signIn(url: string, email: string, password = 'trustops-demo'): Promise<string> {
  const response = await gql<{ signIn: { accessToken: string } }>(
    url,
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  if (!response.data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
  return response.data.signIn.accessToken;
}
