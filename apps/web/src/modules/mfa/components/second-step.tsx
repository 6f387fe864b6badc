import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice, Loading } from '../../../ui/status';
import { useBeginEnrolment, useVerifySignIn, VerifiedSignIn } from '../hooks/use-mfa';
import { AuthenticatorSetup } from './authenticator-setup';
import { CodeForm } from './code-form';
import { RecoveryCodes } from './recovery-codes';

export interface Challenge {
  challenge: string;
  enrolmentRequired: boolean;
}

/**
 * After the right password: the authenticator app's code (or a recovery code); or, where the trust requires a
 * second step and none is set up yet, setting the app up first, then the recovery codes, then in.
 */
export function SecondStep({
  challenge,
  onRestart,
  onSignedIn,
}: {
  challenge: Challenge;
  onRestart(): void;
  onSignedIn?(): void;
}) {
  const { adopt: start } = useSession();
  const adopt = (payload: VerifiedSignIn) => void start(payload).then(() => onSignedIn?.());
  const verify = useVerifySignIn(challenge.challenge);
  const enrol = useBeginEnrolment(challenge.challenge);
  const [signedIn, setSignedIn] = useState<VerifiedSignIn | null>(null);
  const { mutate: begin } = enrol;
  // Once: each call makes a new secret and keeps only the latest, so a second one (React's strict mode runs
  // effects twice) could leave the page showing a secret the server no longer holds.
  const begun = useRef(false);
  useEffect(() => {
    if (!challenge.enrolmentRequired || begun.current) return;
    begun.current = true;
    begin();
  }, [challenge.enrolmentRequired, begin]);

  const onCode = (code: string) =>
    verify.mutate(code, {
      onSuccess: (payload) => (payload.recoveryCodes?.length ? setSignedIn(payload) : adopt(payload)),
    });
  const expired = verify.error?.code === 'MFA_CHALLENGE_INVALID' || enrol.error?.code === 'MFA_CHALLENGE_INVALID';

  if (signedIn) return <RecoveryCodes codes={signedIn.recoveryCodes!} onDone={() => adopt(signedIn)} />;
  if (expired)
    return (
      <div className="stacked">
        <ErrorNotice message={(verify.error ?? enrol.error)!.message} />
        <button type="button" onClick={onRestart}>
          Sign in again
        </button>
      </div>
    );
  if (challenge.enrolmentRequired) {
    if (enrol.error) return <ErrorNotice message={enrol.error.message} onRetry={() => begin()} />;
    if (!enrol.data) return <Loading>Preparing your authenticator set-up…</Loading>;
    return (
      <>
        <h2>Your trust asks for a second step</h2>
        <AuthenticatorSetup
          enrolment={enrol.data}
          busy={verify.isPending}
          error={verify.error?.message ?? null}
          onCode={onCode}
        />
      </>
    );
  }
  return (
    <CodeForm
      name="Two-step sign-in"
      label="Authentication code"
      hint="The six digits your authenticator app shows, or one of your recovery codes."
      submitLabel="Sign in"
      busy={verify.isPending}
      error={verify.error?.message ?? null}
      onCode={onCode}
    />
  );
}
