import { useState } from 'react';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice, Loading } from '../../../ui/status';
import { useBeginEnrolment, useConfirmMfa, useMfaStatus, useTurnOffMfa } from '../hooks/use-mfa';
import { AuthenticatorSetup } from './authenticator-setup';
import { CodeForm } from './code-form';
import { RecoveryCodes } from './recovery-codes';

/** Your profile's two-step sign-in: set an authenticator app up (then ten recovery codes), or turn it off. */
export function MfaSection() {
  const { session } = useSession();
  const status = useMfaStatus();
  const enrol = useBeginEnrolment(null, session?.accessToken);
  const confirm = useConfirmMfa();
  const turnOff = useTurnOffMfa();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [turningOff, setTurningOff] = useState(false);

  let body;
  if (codes) body = <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  else if (status.error) body = <ErrorNotice message={status.error.message} onRetry={() => void status.refetch()} />;
  else if (!status.data) body = <Loading>Loading…</Loading>;
  else if (!status.data.mfaStatus.enabled && enrol.data)
    body = (
      <AuthenticatorSetup
        enrolment={enrol.data}
        busy={confirm.isPending}
        error={confirm.error?.message ?? null}
        onCode={(code) =>
          confirm.mutate({ code }, { onSuccess: (answer) => (setCodes(answer.confirmMfa), enrol.reset()) })
        }
      />
    );
  else if (!status.data.mfaStatus.enabled)
    body = (
      <>
        <p>
          {status.data.mfaStatus.required
            ? 'Your trust asks for it for your role: you will set it up the next time you sign in, or now.'
            : 'Off. With it on, signing in also needs a code from an app on your phone, so a stolen password is not enough.'}
        </p>
        {enrol.error && <ErrorNotice message={enrol.error.message} />}
        <div className="actions">
          <button type="button" onClick={() => enrol.mutate()} disabled={enrol.isPending}>
            Set up an authenticator app
          </button>
        </div>
      </>
    );
  else
    body = (
      <>
        <p>
          On: signing in asks for a code from your authenticator app. {status.data.mfaStatus.recoveryCodesLeft} of 10
          recovery codes left.
        </p>
        {status.data.mfaStatus.required ? (
          <p className="hint">Your trust requires it for your role, so it stays on.</p>
        ) : turningOff ? (
          <CodeForm
            name="Turn off two-step sign-in"
            label="Code to turn it off"
            hint="The six digits your app shows now, or a recovery code."
            submitLabel="Turn off two-step sign-in"
            busy={turnOff.isPending}
            error={turnOff.error?.message ?? null}
            onCode={(code) => turnOff.mutate({ code }, { onSuccess: () => setTurningOff(false) })}
          />
        ) : (
          <div className="actions">
            <button type="button" onClick={() => setTurningOff(true)}>
              Turn off
            </button>
          </div>
        )}
      </>
    );
  return (
    <section className="stacked" aria-labelledby="mfa-heading">
      <h2 id="mfa-heading">Two-step sign-in</h2>
      {body}
    </section>
  );
}
