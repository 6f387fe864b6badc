import { useTestIdentityProvider } from '../hooks/use-identity-providers';
import { ErrorNotice } from '../../../ui/status';

/**
 * Sends the director to sign in at the provider once, as anyone, to see what a real sign-in would do; nothing is
 * changed and their own TrustOps session stays as it is.
 */
export function TestSignIn({ providerId, label }: { providerId: string; label: string }) {
  const test = useTestIdentityProvider();
  const begin = () =>
    void test
      .mutateAsync({ providerId })
      .then((r) => window.location.assign(r.testIdentityProvider))
      .catch(() => undefined);
  return (
    <>
      <button type="button" className="secondary" disabled={test.isPending} onClick={begin}>
        Test sign-in with {label}
      </button>
      {test.error && <ErrorNotice message={test.error.message} />}
    </>
  );
}
