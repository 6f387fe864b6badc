import type { Enrolment } from '../hooks/use-mfa';
import { CodeForm } from './code-form';

interface AuthenticatorSetupProps {
  enrolment: Enrolment;
  busy: boolean;
  error: string | null;
  onCode(code: string): void;
}

/** Scan the QR code (or type the secret in), then prove it with the app's first code. */
export function AuthenticatorSetup({ enrolment, busy, error, onCode }: AuthenticatorSetupProps) {
  const grouped = enrolment.secret.match(/.{1,4}/g)?.join(' ');
  return (
    <section className="stacked authenticator-setup" aria-label="Set up your authenticator app">
      <p>
        Open an authenticator app on your phone (Microsoft Authenticator, Google Authenticator or any other), add an
        account and scan this code.
      </p>
      <img src={enrolment.qrCode} alt="QR code for your authenticator app" width={220} height={220} />
      <p>
        Cannot scan it? Type this key in instead: <code data-testid="mfa-secret">{grouped}</code>
      </p>
      <CodeForm
        name="Confirm your authenticator app"
        label="Code from the app"
        hint="Six digits; the app shows a new one every 30 seconds."
        submitLabel="Turn on two-step sign-in"
        busy={busy}
        error={error}
        onCode={onCode}
      />
    </section>
  );
}
