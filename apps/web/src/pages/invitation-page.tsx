import { FormEvent, useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { Challenge, SecondStep } from '../modules/mfa/components/second-step';
import { useAcceptInvitation, useInvitationPreview } from '../modules/people/hooks/use-invitation';
import { linkTokenOf } from '../modules/people/utils/link-token';
import { roleLabel } from '../modules/people/utils/people-labels';
import { ErrorNotice, Loading } from '../ui/status';

/** Opened from the invitation email: says who invites whom to what, then sets (or asks for) the password. */
export function InvitationPage() {
  const [token] = useState(() => linkTokenOf(window.location.hash));
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const invitation = preview.data?.invitation;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    accept.mutate(password, { onSuccess: goHome });
  }
  const goHome = () => void navigate({ to: '/', replace: true });
  // Joined; someone with an authenticator app set up (an MSP engineer) gives its code to be signed in.
  if (accept.error?.code === 'MFA_REQUIRED')
    return (
      <main className="sign-in">
        <h1>TrustOps</h1>
        <p className="tagline">You have joined {invitation?.trust.name}.</p>
        <SecondStep challenge={accept.error.details as unknown as Challenge} onRestart={goHome} onSignedIn={goHome} />
      </main>
    );
  return (
    <main className="sign-in">
      <h1>TrustOps</h1>
      {!token && <ErrorNotice message="This link is incomplete. Open it again from the email, or ask for a new one." />}
      {preview.isPending && token && <Loading>Checking your invitation…</Loading>}
      {preview.error && <ErrorNotice message={preview.error.message} />}
      {invitation && (
        <form onSubmit={handleSubmit} aria-label="Join your trust">
          <p className="tagline">
            Join <strong>{invitation.trust.name}</strong> as {roleLabel(invitation.role).toLowerCase()},{' '}
            {invitation.displayName}.
          </p>
          <label htmlFor="invited-email">Email</label>
          <input id="invited-email" type="email" autoComplete="username" value={invitation.email} readOnly />
          <label htmlFor="invited-password">
            {invitation.hasAccount ? 'Your TrustOps password' : 'Choose a password'}
          </label>
          <span id="invited-password-hint" className="hint">
            {invitation.hasAccount
              ? 'You already use TrustOps with another trust: sign in with the password you use there.'
              : 'At least 12 characters; a few unrelated words are strong and easy to remember.'}
          </span>
          <input
            id="invited-password"
            type="password"
            autoComplete={invitation.hasAccount ? 'current-password' : 'new-password'}
            aria-describedby="invited-password-hint"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {accept.error && <ErrorNotice message={accept.error.message} />}
          <button type="submit" disabled={accept.isPending}>
            {accept.isPending ? 'Joining…' : `Join ${invitation.trust.name}`}
          </button>
        </form>
      )}
    </main>
  );
}
