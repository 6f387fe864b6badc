import { ROLE_LABELS } from '@trustops/contracts';
import { ChangePasswordForm } from '../modules/account/components/change-password-form';
import { EmailForm } from '../modules/account/components/email-form';
import { NameForm } from '../modules/account/components/name-form';
import { SignOutEverywhere } from '../modules/account/components/sign-out-everywhere';
import { MfaSection } from '../modules/mfa/components/mfa-section';
import { useSession } from '../modules/session/hooks/use-session';

/** You: who TrustOps knows you as in each trust, your name, email and password, two-step sign-in and where you are signed in. */
export function ProfilePage() {
  const { session } = useSession();
  if (!session) return null;
  return (
    <main className="page profile">
      <h1>Your profile</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{session.user.displayName}</dd>
        <dt>Email</dt>
        <dd>{session.user.email}</dd>
        <dt>Trusts</dt>
        <dd>
          <ul>
            {session.memberships.map((m) => (
              <li key={m.trust.id}>
                {m.trust.name}: {ROLE_LABELS[m.role as keyof typeof ROLE_LABELS] ?? m.role}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <NameForm />
      <EmailForm />
      <ChangePasswordForm />
      <MfaSection />
      <SignOutEverywhere />
    </main>
  );
}
