import { useEffect, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useSession } from '../modules/session/hooks/use-session';
import { ErrorNotice } from '../ui/status';

/**
 * Where single sign-on lands. Signed in: the way back set the session cookie, the dashboard has already
 * restored the session from it, and this page goes on to the person's home. Refused: why (from the fragment,
 * which no server or Referer sees) and whom to ask.
 */
export function SsoPage() {
  const [outcome] = useState(() => new URLSearchParams(window.location.hash.slice(1)));
  const { session } = useSession();
  const navigate = useNavigate();
  const test = outcome.get('test') === '1';
  useEffect(() => {
    if (session && !test) void navigate({ to: '/' });
  }, [session, navigate, test]);
  if (test) return <TestOutcome outcome={outcome} />;
  if (session)
    return (
      <main className="sign-in">
        <p className="status" role="status">
          Signing you in…
        </p>
      </main>
    );
  return (
    <main className="sign-in">
      <h1>TrustOps</h1>
      <ErrorNotice
        message={outcome.get('message') || 'Signing in did not finish. Start again from the sign-in page.'}
      />
      <p>
        <Link to="/">Back to sign-in</Link>
      </p>
    </main>
  );
}

/** A director's test sign-in: what a real one by that person would do. Nobody was signed in, linked or added. */
function TestOutcome({ outcome }: { outcome: URLSearchParams }) {
  const code = outcome.get('outcome') ?? outcome.get('error') ?? '';
  const works = ['SIGNS_IN', 'LINKS', 'ACCEPTS_INVITATION', 'ADDS'].includes(code);
  return (
    <main className="sign-in">
      <h1>Test sign-in</h1>
      <p className={works ? 'status' : 'status status-error'} role="status">
        {works ? 'The provider works. ' : 'This sign-in would be refused. '}
        {outcome.get('message')}
      </p>
      <p className="muted">Nothing was changed: nobody was signed in, linked or added.</p>
      <p>
        <Link to="/admin/integrations">Back to Integrations</Link>
      </p>
    </main>
  );
}
