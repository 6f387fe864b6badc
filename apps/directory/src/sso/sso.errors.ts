import { defineErrors, kitErrors } from '@trustops/service-kit';

export const ssoErrors = defineErrors('Directory · single sign-on', {
  IDENTITY_PROVIDER_NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'No identity provider with that id in your trust.',
  },
  IDENTITY_PROVIDER_UNREACHABLE: {
    category: 'BAD_USER_INPUT',
    meaning:
      "The provider's discovery document could not be fetched or read: check the issuer or tenant id, then save again.",
  },
  SSO_STATE_INVALID: {
    category: 'UNAUTHENTICATED',
    meaning: 'The sign-in did not start here, was already finished, or took longer than 10 minutes: start again.',
  },
  SSO_TOKEN_INVALID: {
    category: 'UNAUTHENTICATED',
    meaning:
      "The provider's answer could not be verified (issuer, audience, expiry or nonce): start again, or tell your IT team.",
  },
  SSO_TENANT_NOT_ALLOWED: {
    category: 'FORBIDDEN',
    meaning: 'The Microsoft account belongs to a tenant (tid) the trust has not allowed.',
  },
  SSO_DOMAIN_NOT_ALLOWED: {
    category: 'FORBIDDEN',
    meaning: "The Google account's hosted domain (hd) is not the trust's, or its email is not one the provider serves.",
  },
  SSO_EMAIL_NOT_VERIFIED: {
    category: 'FORBIDDEN',
    meaning: 'The provider gave no verified email to match a member by, the first time.',
  },
  SSO_NO_MEMBER: {
    category: 'FORBIDDEN',
    meaning:
      'Nobody with that email is an active member of the trust, and the trust does not let sign-in add people: ask its IT team.',
  },
  PASSWORD_SIGN_IN_OFF: {
    category: 'FORBIDDEN',
    meaning:
      "The person's trust signs their email's domain in with its identity provider only: use the provider's button.",
  },
  SSO_SESSION_HELD: {
    category: 'FORBIDDEN',
    meaning: "A session begun at one trust's identity provider stays in that trust: sign out and sign in to the other.",
  },
  SSO_ALREADY_LINKED: {
    category: 'FORBIDDEN',
    meaning:
      'The member with that email already signs in with another account at this provider; accounts are linked by the provider, never by email again.',
  },
});

export const providerNotFound = (id: string) =>
  ssoErrors.error('IDENTITY_PROVIDER_NOT_FOUND', 'No such identity provider in your trust', { id });

export const providerUnreachable = (issuer: string) =>
  ssoErrors.error(
    'IDENTITY_PROVIDER_UNREACHABLE',
    `The provider's settings could not be read from ${issuer}: check the issuer or tenant id`,
    { field: 'issuer' },
  );

export const stateInvalid = () =>
  ssoErrors.error(
    'SSO_STATE_INVALID',
    'This sign-in has expired or was already used. Start again from the sign-in page.',
  );

export const tokenInvalid = () =>
  ssoErrors.error(
    'SSO_TOKEN_INVALID',
    "Your provider's answer could not be verified. Start again; if it keeps happening, tell your IT team.",
  );

export const tenantNotAllowed = (trust: string) =>
  ssoErrors.error(
    'SSO_TENANT_NOT_ALLOWED',
    `That Microsoft account is not from an organisation ${trust} signs in with. Use your school account.`,
    { trust },
  );

export const domainNotAllowed = (trust: string) =>
  ssoErrors.error(
    'SSO_DOMAIN_NOT_ALLOWED',
    `That account is not one ${trust} signs in with. Use your school account.`,
    { trust },
  );

export const emailNotVerified = () =>
  ssoErrors.error(
    'SSO_EMAIL_NOT_VERIFIED',
    'Your provider did not confirm your email, so TrustOps cannot tell who you are.',
  );

export const noMember = (trust: string) =>
  ssoErrors.error(
    'SSO_NO_MEMBER',
    `You are not a member of ${trust} in TrustOps yet. Ask your trust's IT team to invite you.`,
    { trust },
  );

export const alreadyLinked = (trust: string) =>
  ssoErrors.error(
    'SSO_ALREADY_LINKED',
    `Your TrustOps account in ${trust} already signs in with a different account at this provider. Ask your trust's IT team.`,
    { trust },
  );

export const passwordSignInOff = (label: string) =>
  ssoErrors.error('PASSWORD_SIGN_IN_OFF', `Your trust signs you in with ${label}: use "Continue with ${label}"`, {
    provider: label,
  });

export const ssoSessionHeld = () =>
  ssoErrors.error(
    'SSO_SESSION_HELD',
    "You signed in with this trust's school account, which opens this trust only. Sign out, then sign in to the other trust.",
  );

export const tooManyStarts = () =>
  kitErrors.error(
    'TOO_MANY_REQUESTS',
    'Too many sign-ins started from your network just now: wait a minute and try again.',
    {
      retryAfterSeconds: 60,
    },
  );
