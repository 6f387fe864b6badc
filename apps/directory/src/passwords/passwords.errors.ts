import { defineErrors, kitErrors } from '@trustops/service-kit';

export const passwordErrors = defineErrors('Directory · passwords', {
  RESET_LINK_INVALID: {
    category: 'BAD_USER_INPUT',
    meaning: 'The reset link was used already, has expired (after an hour) or was mistyped; ask for a new one.',
  },
  CURRENT_PASSWORD_WRONG: {
    category: 'BAD_USER_INPUT',
    meaning: 'The current password given is not your password; type it again (or sign out and reset it).',
  },
});

export const resetLinkInvalid = () =>
  passwordErrors.error(
    'RESET_LINK_INVALID',
    'This reset link has been used or has expired (they work once, for an hour); ask for a new one',
    { field: 'token' },
  );

export const currentPasswordWrong = () =>
  passwordErrors.error('CURRENT_PASSWORD_WRONG', 'That is not your current password', { field: 'currentPassword' });

export const tooManyPasswordGuesses = (retryAfterMs: number) =>
  kitErrors.error(
    'TOO_MANY_REQUESTS',
    `Too many wrong current passwords. Try again in ${Math.ceil(retryAfterMs / 60_000)} minutes, or sign out and reset it.`,
    { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) },
  );
