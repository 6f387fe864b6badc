import { useQuery } from '@tanstack/react-query';
import { requestGraphQL } from '../../../api/graphql';
import { SignInOptionsDocument } from '../graphql/sso.graphql';

/** The domain of a finished-looking address ("jo@school.org.uk" → "school.org.uk"), else null. */
export function domainOf(email: string): string | null {
  const match = /^[^\s@]+@([^\s@]+\.[a-z]{2,})$/i.exec(email.trim());
  return match ? match[1].toLowerCase() : null;
}

/**
 * How someone with this email may sign in: the identity providers serving its domain and whether a password
 * still works there. Asked once per domain (the answer depends on nothing else).
 */
export function useSignInOptions(email: string) {
  const domain = domainOf(email);
  return useQuery({
    queryKey: ['sign-in-options', domain],
    enabled: !!domain,
    staleTime: 5 * 60_000,
    queryFn: async () => (await requestGraphQL(SignInOptionsDocument, { email: `someone@${domain}` })).signInOptions,
  });
}

/** Where "Continue with …" goes: out to the provider through directory's door, back to /sso. */
export const ssoStartUrl = (providerId: string, email: string) =>
  `/files/directory/sso/start?${new URLSearchParams({ provider: providerId, email: email.trim() })}`;
