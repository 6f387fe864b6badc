import { FormEvent, useId } from 'react';
import { useTestIdentityProvider } from '../hooks/use-identity-providers';
import { ErrorNotice } from '../../../ui/status';

/**
 * Sends the director to sign in at the provider once (as the email given, if any: the provider pre-fills it) to
 * see what a real sign-in by that person would do; nothing is changed and their own session stays as it is.
 */
export function TestSignIn({ providerId, label }: { providerId: string; label: string }) {
  const test = useTestIdentityProvider();
  const id = useId();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    void test
      .mutateAsync({ providerId })
      .then((r) =>
        window.location.assign(r.testIdentityProvider + (email ? `&email=${encodeURIComponent(email)}` : '')),
      )
      .catch(() => undefined);
  }
  return (
    <form className="test-sign-in" aria-label={`Test sign-in with ${label}`} onSubmit={handleSubmit}>
      <label htmlFor={`${id}-email`}>Test as (email, optional)</label>
      <input id={`${id}-email`} name="email" type="email" autoComplete="off" />
      <button type="submit" className="secondary" disabled={test.isPending}>
        Test sign-in with {label}
      </button>
      {test.error && <ErrorNotice message={test.error.message} />}
    </form>
  );
}
