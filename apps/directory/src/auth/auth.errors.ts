import { defineErrors, forbidden, kitErrors, unauthenticated } from '@trustops/service-kit';

export const authErrors = defineErrors('Directory · sign-in', {
  TRUST_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'You are not a member of that trust (or there is none with that id); switch to one of your memberships.',
  },
});

/** The same refusal for an unknown email and a wrong password, so sign-in does not reveal who has an account. */
export const wrongCredentials = () => unauthenticated('Email or password is incorrect');

export const noMembership = () =>
  forbidden('Your account is not a member of any trust yet; ask your IT director to add you');

export const notAMemberOf = (trustId: string) =>
  authErrors.error('TRUST_NOT_FOUND', 'You are not a member of that trust', { trustId });

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** The limiter's refusal, `retryAfterMs` from `now`: when to try again (London time, as schools read it) and how. */
export function tooManySignInFailures(retryAfterMs: number, now: Date) {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  const at = londonTime.format(new Date(now.getTime() + retryAfterMs));
  return kitErrors.error(
    'TOO_MANY_REQUESTS',
    `Too many failed sign-ins for this account from your network. Try again after ${at} ` +
      `(in ${minutes} minute${minutes === 1 ? '' : 's'}), or sign in from another network; ` +
      'if this keeps happening, tell your IT team.',
    { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) },
  );
}
