import { defineErrors } from '@trustops/service-kit';

export const emailChangeErrors = defineErrors('Directory · email change', {
  EMAIL_IN_USE: {
    category: 'BAD_USER_INPUT',
    meaning: 'Another TrustOps account already signs in with that email; choose another, or ask your IT team.',
  },
  EMAIL_UNCHANGED: {
    category: 'BAD_USER_INPUT',
    meaning: 'That is already your email; nothing to change.',
  },
  EMAIL_CHANGE_LINK_INVALID: {
    category: 'BAD_USER_INPUT',
    meaning:
      'The confirmation link was used already, has expired (after 24 hours), was replaced by a newer one, or was mistyped; ask again from your profile.',
  },
});

export const emailInUse = () =>
  emailChangeErrors.error('EMAIL_IN_USE', 'Another TrustOps account already uses that email', { field: 'newEmail' });

export const emailUnchanged = () =>
  emailChangeErrors.error('EMAIL_UNCHANGED', 'That is already your email', { field: 'newEmail' });

export const emailChangeLinkInvalid = () =>
  emailChangeErrors.error(
    'EMAIL_CHANGE_LINK_INVALID',
    'This link has been used, replaced or has expired (they work once, for 24 hours); ask again from your profile',
    { field: 'token' },
  );
