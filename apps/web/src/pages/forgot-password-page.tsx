import { FormEvent, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useRequestPasswordReset } from '../modules/account/hooks/use-passwords';
import { ErrorNotice } from '../ui/status';

/** Asks for a reset link; says the same thing whether or not the address has an account. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    request.mutate(email.trim());
  }
  return (
    <main className="sign-in">
      <h1>Reset your password</h1>
      {request.isSuccess ? (
        <p className="status" role="status">
          If {email.trim()} has a TrustOps account, we have emailed it a link to choose a new password. The link works
          once, for an hour. Nothing there? Check the address, or ask your IT team.
        </p>
      ) : (
        <form onSubmit={handleSubmit} aria-label="Reset your password">
          <label htmlFor="reset-email">Your work email</label>
          <input
            id="reset-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          {request.error && <ErrorNotice message={request.error.message} />}
          <button type="submit" disabled={request.isPending}>
            {request.isPending ? 'Sending…' : 'Email me a link'}
          </button>
        </form>
      )}
      <p>
        <Link to="/">Back to sign in</Link>
      </p>
    </main>
  );
}
