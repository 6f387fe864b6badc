import type { SignInOptionsQuery } from '../../../gql/graphql';
import { ssoStartUrl } from '../hooks/use-sign-in-options';

type Choice = SignInOptionsQuery['signInOptions']['providers'][number];

/** "Continue with Microsoft" (and the trust's name when several trusts serve the domain). */
export function SsoChoices({ choices, email }: { choices: Choice[]; email: string }) {
  if (!choices.length) return null;
  const trusts = new Set(choices.map((c) => c.trustName));
  return (
    <div className="sso-choices" role="group" aria-label="Sign in with your school account">
      {choices.map((c) => (
        <a key={c.providerId} className="button sso" href={ssoStartUrl(c.providerId, email)}>
          Continue with {c.label}
          {trusts.size > 1 ? ` (${c.trustName})` : ''}
        </a>
      ))}
    </div>
  );
}
