import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useSession } from '../modules/session/hooks/use-session';
import { ErrorNotice } from '../ui/status';

/**
 * Where single sign-on lands (its outcome in the fragment, which no server or Referer sees): a session hand-off,
 * exchanged at once for the session cookie; or why the trust refused, and whom to ask.
 */
export function SsoPage() {
  const [outcome] = useState(() => new URLSearchParams(window.location.hash.slice(1)));
  const { adoptHandoff } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const handoff = outcome.get('handoff');
  // Once: a hand-off works once (React's strict mode runs effects twice).
  const sent = useRef(false);
  useEffect(() => {
    if (!handoff || sent.current) return;
    sent.current = true;
    window.history.replaceState(null, '', '/sso');
    void adoptHandoff(handoff).then((ok) => (ok ? navigate({ to: '/' }) : setFailed(true)));
  }, [handoff, adoptHandoff, navigate]);
  const message = failed
    ? 'This sign-in has expired or was already used. Start again from the sign-in page.'
    : outcome.get('message');
  return (
    <main className="sign-in">
      <h1>TrustOps</h1>
      {handoff && !failed ? (
        <p className="status" role="status">
          Signing you in…
        </p>
      ) : (
        <>
          <ErrorNotice message={message || 'Signing in did not finish. Start again from the sign-in page.'} />
          <p>
            <Link to="/">Back to sign-in</Link>
          </p>
        </>
      )}
    </main>
  );
}
