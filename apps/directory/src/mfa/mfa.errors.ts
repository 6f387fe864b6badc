import { defineErrors } from '@trustops/service-kit';

export const mfaErrors = defineErrors('Directory · two-step sign-in', {
  MFA_REQUIRED: {
    category: 'UNAUTHENTICATED',
    meaning:
      'The password was right; now send a code from your authenticator app (or a recovery code) with verifySignIn and the `challenge` in the details, within 5 minutes. With `enrolmentRequired`, set the app up first: mfaEnrolment(challenge).',
  },
  MFA_CODE_WRONG: {
    category: 'BAD_USER_INPUT',
    meaning:
      'That code is not right, or was used already: type the code your app shows now (it changes every 30 seconds), or an unused recovery code.',
  },
  MFA_CHALLENGE_INVALID: {
    category: 'UNAUTHENTICATED',
    meaning: 'This sign-in has expired (5 minutes) or had five wrong codes; sign in again with your password.',
  },
  MFA_LOCKED: {
    category: 'TOO_MANY_REQUESTS',
    meaning:
      'Ten wrong codes in a row: no code is taken for 15 minutes (`retryAfterSeconds`), from anywhere. If that was not you, change your password.',
  },
  MFA_ALREADY_ON: {
    category: 'CONFLICT',
    meaning: 'Two-step sign-in is on already; turn it off first to move it to another app.',
  },
  MFA_NOT_STARTED: {
    category: 'CONFLICT',
    meaning: 'There is no authenticator app being set up; start again with mfaEnrolment.',
  },
  MFA_REQUIRED_BY_TRUST: {
    category: 'FORBIDDEN',
    meaning:
      'Your trust requires two-step sign-in for your role, so it cannot be turned off; set it up in a new app instead.',
  },
});

export const mfaRequired = (challenge: string, enrolmentRequired: boolean) =>
  mfaErrors.error(
    'MFA_REQUIRED',
    enrolmentRequired
      ? 'Your trust asks for a second step: set up an authenticator app to finish signing in'
      : 'Enter the code from your authenticator app',
    { challenge, enrolmentRequired },
  );

export const mfaCodeWrong = () =>
  mfaErrors.error('MFA_CODE_WRONG', 'That code is not right, or was used already; try the code your app shows now', {
    field: 'code',
  });

export const mfaChallengeInvalid = () =>
  mfaErrors.error('MFA_CHALLENGE_INVALID', 'This sign-in has expired; sign in again with your password');

export const mfaLocked = (retryAfterSeconds: number) =>
  mfaErrors.error(
    'MFA_LOCKED',
    `Too many wrong codes: try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minutes. If that was not you, change your password.`,
    { retryAfterSeconds },
  );

export const mfaAlreadyOn = () => mfaErrors.error('MFA_ALREADY_ON', 'Two-step sign-in is on already');

export const mfaNotStarted = () =>
  mfaErrors.error('MFA_NOT_STARTED', 'No authenticator app is being set up; start again');

export const mfaRequiredByTrust = () =>
  mfaErrors.error('MFA_REQUIRED_BY_TRUST', 'Your trust requires two-step sign-in for your role');
