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
  useEffect(() => {
    if (session) void navigate({ to: '/' });
  }, [session, navigate]);
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
