import { FormEvent, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useResetPassword } from '../modules/account/hooks/use-passwords';
import { linkTokenOf } from '../modules/people/utils/link-token';
import { ErrorNotice } from '../ui/status';

/** Opened from the reset email: a new password, then back to sign-in with it. */
export function ResetPasswordPage() {
  const [token] = useState(() => linkTokenOf(window.location.hash));
  const reset = useResetPassword(token);
  const [password, setPassword] = useState('');
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    reset.mutate(password);
  }
  return (
    <main className="sign-in">
      <h1>Choose a new password</h1>
      {!token && <ErrorNotice message="This link is incomplete. Open it again from the email, or ask for a new one." />}
      {reset.isSuccess ? (
        <p className="status" role="status">
          Your password is changed. <Link to="/">Sign in with it</Link>.
        </p>
      ) : (
        token && (
          <form onSubmit={handleSubmit} aria-label="Choose a new password">
            <label htmlFor="new-password">New password</label>
            <span id="new-password-hint" className="hint">
              At least 12 characters; a few unrelated words are strong and easy to remember.
            </span>
            <input
              id="new-password"
              type="password"
              autoComplete="new-password"
              aria-describedby="new-password-hint"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            {reset.error && <ErrorNotice message={reset.error.message} />}
            <button type="submit" disabled={reset.isPending}>
              {reset.isPending ? 'Saving…' : 'Save password'}
            </button>
          </form>
        )
      )}
      {reset.error?.code === 'RESET_LINK_INVALID' && (
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      )}
    </main>
  );
}
