import { useEffect, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation } from '@tanstack/react-query';
import { ApiError, requestGraphQL } from '../api/graphql';
import { ConfirmEmailChangeDocument } from '../modules/account/graphql/account.graphql';
import { linkTokenOf } from '../modules/people/utils/link-token';
import { useSession } from '../modules/session/hooks/use-session';
import { ErrorNotice } from '../ui/status';

/** Opened from the mail sent to a new address: confirms it at once (the link is the proof), signed in or not. */
export function ConfirmEmailPage() {
  const [token] = useState(() => linkTokenOf(window.location.hash));
  const { session, update } = useSession();
  const confirm = useMutation<{ id: string; email: string }, ApiError, string>({
    mutationFn: async (t) => (await requestGraphQL(ConfirmEmailChangeDocument, { token: t })).confirmEmailChange,
  });
  const { mutate } = confirm;
  // Once: the link works once, and a second call (React's strict mode runs effects twice) would be refused.
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);
  const done = confirm.data;
  useEffect(() => {
    if (done && session && session.user.id === done.id && session.user.email !== done.email)
      update({ ...session, user: { ...session.user, email: done.email } });
  }, [done, session, update]);
  return (
    <main className="sign-in">
      <h1>Confirm your new email</h1>
      {!token && <ErrorNotice message="This link is incomplete. Open it again from the email." />}
      {confirm.isPending && (
        <p className="status" role="status">
          Confirming…
        </p>
      )}
      {done && (
        <p className="status" role="status">
          Your email is now {done.email}: sign in with it from now on.{' '}
          {session ? <Link to="/profile">Back to your profile</Link> : <Link to="/">Sign in</Link>}
        </p>
      )}
      {confirm.error && <ErrorNotice message={confirm.error.message} />}
    </main>
  );
}
