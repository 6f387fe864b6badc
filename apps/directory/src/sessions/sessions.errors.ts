import { unauthenticated } from '@trustops/service-kit';

export const sessionEnded = () => unauthenticated('Your session has ended; sign in again');

/** A refresh token used twice means someone else holds a copy: the whole session ended, here and there. */
export const sessionReused = () =>
  unauthenticated(
    'This session was ended because its sign-in was used from two places (it may have been copied); sign in again, and tell your IT team if this was not you',
  );

export const membershipGone = () =>
  unauthenticated('Your membership of this trust has ended or is suspended; ask your IT director');
