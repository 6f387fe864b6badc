import { defineErrors } from '@trustops/service-kit';

export const trustErrors = defineErrors('Directory · trusts', {
  SETUP_DONE: {
    category: 'CONFLICT',
    meaning: 'TrustOps already has a trust: sign in, or ask your operator to create another trust.',
  },
  TRUST_CODE_TAKEN: {
    category: 'CONFLICT',
    meaning: 'Another trust already uses that code; codes appear in ticket numbers and must be unique. Choose another.',
  },
});

export const setupDone = () =>
  trustErrors.error('SETUP_DONE', 'TrustOps is already set up: sign in with your account, or ask your IT director');

export const trustCodeTaken = (code: string) =>
  trustErrors.error('TRUST_CODE_TAKEN', `The code ${code} is taken; choose another (2 to 6 capital letters)`, {
    field: 'code',
  });
