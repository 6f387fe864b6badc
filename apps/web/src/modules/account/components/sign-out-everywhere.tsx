import { useState } from 'react';
import { succeeded, useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { ErrorNotice } from '../../../ui/status';
import { useSession } from '../../session/hooks/use-session';
import { SignOutEverywhereDocument } from '../graphql/account.graphql';

/**
 * A lost phone or a shared computer: every session on every device ends, and every service refuses what it
 * was signed in with within seconds. This one too: you sign in again.
 */
export function SignOutEverywhere() {
  const everywhere = useGraphQLMutation(SignOutEverywhereDocument, () => []);
  const { signOut } = useSession();
  const [confirming, setConfirming] = useState(false);
  const run = () =>
    void succeeded(everywhere.mutateAsync({})).then((ok) => {
      if (ok) void signOut();
    });
  return (
    <section className="stacked" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      <p>
        A session lasts up to 30 days, renewed while you use it. Lost a phone or signed in on a shared computer? Sign
        out everywhere: every device, this one too.
      </p>
      {everywhere.error && <ErrorNotice message={everywhere.error.message} />}
      <div className="actions">
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={run} disabled={everywhere.isPending}>
              {everywhere.isPending ? 'Signing out…' : 'Yes, sign out everywhere'}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Sign out everywhere
          </button>
        )}
      </div>
    </section>
  );
}
