import { FormEvent, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { ApiError } from '../api/graphql';
import { Challenge, SecondStep } from '../modules/mfa/components/second-step';
import { useSession } from '../modules/session/hooks/use-session';
import { SsoChoices } from '../modules/sso/components/sso-choices';
import { useSignInOptions } from '../modules/sso/hooks/use-sign-in-options';
import { ErrorNotice } from '../ui/status';

export function SignInPage() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const options = useSignInOptions(email).data;
  const passwordAllowed = options?.password ?? true;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'MFA_REQUIRED') setChallenge(e.details as unknown as Challenge);
      else setError(e instanceof Error ? e.message : 'Sign-in failed');
      setBusy(false);
    }
  }

  if (challenge)
    return (
      <main className="sign-in">
        <h1>TrustOps</h1>
        <p className="tagline">Signing in as {email.trim()}</p>
        <SecondStep
          challenge={challenge}
          onRestart={() => {
            setChallenge(null);
            setPassword('');
          }}
        />
      </main>
    );

  return (
    <main className="sign-in">
      <h1>TrustOps</h1>
      <p className="tagline">IT operations for your trust's schools</p>
      <form onSubmit={handleSubmit} aria-label="Sign in">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        {options && <SsoChoices choices={options.providers} email={email} />}
        {passwordAllowed ? (
          <>
            {!!options?.providers.length && <p className="or">or with your TrustOps password</p>}
            <label htmlFor="password">Password</label>
            <input
              id="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            {error && <ErrorNotice message={error} />}
            <button type="submit" disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </>
        ) : (
          <p className="hint">Your trust signs people of this address in with their school account only.</p>
        )}
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
    </main>
  );
}
