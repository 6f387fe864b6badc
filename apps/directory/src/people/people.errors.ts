import { defineErrors } from '@trustops/service-kit';

export const peopleErrors = defineErrors('Directory · people', {
  MEMBER_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: "Nobody with that id is a member of your trust (another trust's people are answered the same way).",
  },
  MEMBER_EXISTS: {
    category: 'CONFLICT',
    meaning: 'That email already belongs to a member of your trust; change their role or scope instead of inviting.',
  },
  MEMBER_SELF_CHANGE: {
    category: 'FORBIDDEN',
    meaning: 'Nobody changes or suspends their own membership; another IT director of the trust can.',
  },
  LAST_DIRECTOR: {
    category: 'CONFLICT',
    meaning: 'A trust always keeps one active IT director; make someone else IT director first.',
  },
  ROLE_NOT_GRANTABLE: {
    category: 'FORBIDDEN',
    meaning: 'Only an IT director grants the IT director role.',
  },
  MEMBER_ALREADY_SUSPENDED: {
    category: 'CONFLICT',
    meaning: 'The member is suspended already; restore them to let them back in.',
  },
  MEMBER_NOT_SUSPENDED: {
    category: 'CONFLICT',
    meaning: 'The member is active already; only a suspended member is restored.',
  },
  INVITATION_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No open invitation with that id in your trust: it was accepted, revoked or never sent.',
  },
  INVITATION_PENDING: {
    category: 'CONFLICT',
    meaning: 'An invitation to that address was sent a moment ago; resend it from the People page if it went astray.',
  },
  INVITATION_INVALID: {
    category: 'BAD_USER_INPUT',
    meaning:
      'The invitation link was used already, revoked, has expired (after 7 days) or was mistyped; ask the IT director to send it again.',
  },
  PASSWORD_TOO_WEAK: {
    category: 'BAD_USER_INPUT',
    meaning: 'Passwords are 12 to 128 characters and hard to guess; the message says what makes this one weak.',
  },
});

/** A refusal of this catalogue. */
export type PeopleError = ReturnType<typeof peopleErrors.error>;

export const memberNotFound = (userId: string) =>
  peopleErrors.error('MEMBER_NOT_FOUND', 'Nobody with that id is a member of your trust', { userId });

export const memberExists = (email: string) =>
  peopleErrors.error(
    'MEMBER_EXISTS',
    `${email} is already a member of your trust; change their role or schools on the People page instead`,
    { field: 'email' },
  );

export const invitationNotFound = (invitationId: string) =>
  peopleErrors.error('INVITATION_NOT_FOUND', 'No open invitation with that id in your trust', { invitationId });

export const invitationInvalid = () =>
  peopleErrors.error(
    'INVITATION_INVALID',
    'This invitation link has been used, revoked or has expired; ask your IT director to send a new one',
    { field: 'token' },
  );

export const memberAlreadySuspended = (userId: string) =>
  peopleErrors.error('MEMBER_ALREADY_SUSPENDED', 'They are suspended already; restore them to let them back in', {
    userId,
  });

export const memberNotSuspended = (userId: string) =>
  peopleErrors.error('MEMBER_NOT_SUSPENDED', 'They are active already; only a suspended member is restored', {
    userId,
  });

export const invitationPending = (email: string) =>
  peopleErrors.error(
    'INVITATION_PENDING',
    `An invitation to ${email} was sent a moment ago; resend it if it went astray`,
    {
      field: 'email',
    },
  );
