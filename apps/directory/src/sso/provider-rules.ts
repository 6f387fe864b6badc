import { checkOutboundUrl } from '../auth/outbound-url';
import { badInput, isUuid } from '@trustops/service-kit';

export const PROVIDER_KINDS = ['MICROSOFT', 'GOOGLE', 'OIDC'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A provider's settings as kept (the secret apart). */
export interface ProviderSettings {
  kind: ProviderKind;
  label: string;
  tenantIds: string[];
  hostedDomain: string | null;
  issuer: string | null;
  clientId: string;
  emailDomains: string[];
  allowNewMembers: boolean;
  passwordSignIn: boolean;
  enabled: boolean;
}

export interface ProviderInput {
  kind: string;
  label?: string | null;
  tenantIds?: string[] | null;
  hostedDomain?: string | null;
  issuer?: string | null;
  clientId: string;
  emailDomains: string[];
  allowNewMembers?: boolean | null;
  passwordSignIn?: boolean | null;
  enabled?: boolean | null;
}

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LABELS: Record<ProviderKind, string> = { MICROSOFT: 'Microsoft', GOOGLE: 'Google', OIDC: 'single sign-on' };

const domainOf = (value: string, field: string): string => {
  const domain = String(value ?? '')
    .trim()
    .toLowerCase()
    .replace(/^@/, '');
  if (!DOMAIN.test(domain)) throw badInput(`${value} is not an email domain (like school.org.uk)`, { field });
  return domain;
};

/** An issuer TrustOps may call: https, or http on this machine outside production (a test provider). */
export function checkIssuer(value: string, production: boolean, field = 'issuer'): string {
  const url = checkOutboundUrl(value, production, field, 'issuer');
  if (url.search || url.hash) throw badInput('The issuer has no query or fragment', { field });
  return url.href.replace(/\/+$/, '');
}

/** Checks and normalises what a director typed: each kind's own facts, the domains it serves, one clear error. */
export function checkProviderInput(input: ProviderInput, production: boolean): ProviderSettings {
  const kind = input.kind as ProviderKind;
  if (!PROVIDER_KINDS.includes(kind))
    throw badInput('Choose Microsoft, Google or another OpenID provider', { field: 'kind' });
  const clientId = String(input.clientId ?? '').trim();
  if (!clientId || clientId.length > 200) throw badInput('Enter the client (application) id', { field: 'clientId' });
  const emailDomains = [...new Set((input.emailDomains ?? []).map((d) => domainOf(d, 'emailDomains')))];
  if (!emailDomains.length) throw badInput('Name at least one email domain it signs in', { field: 'emailDomains' });
  const tenantIds = [...new Set((input.tenantIds ?? []).map((t) => String(t).trim().toLowerCase()))];
  if (kind === 'MICROSOFT' && (!tenantIds.length || !tenantIds.every(isUuid)))
    throw badInput('Enter the Entra tenant id (a GUID, from Entra ID → Overview)', { field: 'tenantIds' });
  const hostedDomain = kind === 'GOOGLE' ? domainOf(input.hostedDomain ?? '', 'hostedDomain') : null;
  const issuer = kind === 'OIDC' ? checkIssuer(input.issuer ?? '', production) : null;
  const label = String(input.label ?? '').trim() || LABELS[kind];
  if (label.length > 60) throw badInput('Keep the button label under 60 characters', { field: 'label' });
  return {
    kind,
    label,
    tenantIds: kind === 'MICROSOFT' ? tenantIds : [],
    hostedDomain,
    issuer,
    clientId,
    emailDomains,
    allowNewMembers: input.allowNewMembers ?? false,
    passwordSignIn: input.passwordSignIn ?? true,
    enabled: input.enabled ?? true,
  };
}

/** Where each kind publishes its settings; tests point MICROSOFT and GOOGLE at a local provider. */
export interface Authorities {
  microsoft: string;
  google: string;
}

export const authoritiesFrom = (env: NodeJS.ProcessEnv = process.env): Authorities => ({
  microsoft: (env.SSO_MICROSOFT_AUTHORITY ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
  google: (env.SSO_GOOGLE_ISSUER ?? 'https://accounts.google.com').replace(/\/+$/, ''),
});

/**
 * The issuer to discover: one Entra tenant is its own issuer (checked exactly); several use `organizations`, whose
 * issuer names the token's own tenant (openid-client checks it), and the tenant is then checked against the list.
 */
export function issuerOf(p: Pick<ProviderSettings, 'kind' | 'tenantIds' | 'issuer'>, authorities: Authorities): string {
  if (p.kind === 'MICROSOFT')
    return `${authorities.microsoft}/${p.tenantIds.length === 1 ? p.tenantIds[0] : 'organizations'}/v2.0`;
  if (p.kind === 'GOOGLE') return authorities.google;
  return p.issuer!;
}

export type IdClaims = Record<string, unknown> & { sub: string; iss: string };

/**
 * Who the provider says this is, for good: Entra's tenant and object id (stable across apps), otherwise the
 * issuer and subject. Never the email, which people and providers change.
 */
export function subjectOf(kind: ProviderKind, claims: IdClaims): string {
  if (kind === 'MICROSOFT' && typeof claims.tid === 'string' && typeof claims.oid === 'string')
    return `entra:${claims.tid}:${claims.oid}`;
  return `${claims.iss}#${claims.sub}`;
}

export type ClaimRefusal = 'TENANT' | 'DOMAIN' | 'EMAIL_NOT_VERIFIED';

const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * The checks beyond the token's signature, issuer, audience, expiry and nonce (openid-client's): the tenant or
 * hosted domain the trust allowed, and a verified email in a domain the provider serves. Returns the email, or why not.
 */
export function checkClaims(
  p: Pick<ProviderSettings, 'kind' | 'tenantIds' | 'hostedDomain' | 'emailDomains'>,
  claims: IdClaims,
): { email: string } | { refused: ClaimRefusal } {
  if (p.kind === 'MICROSOFT' && !p.tenantIds.includes(String(claims.tid ?? '').toLowerCase()))
    return { refused: 'TENANT' };
  if (p.kind === 'GOOGLE' && String(claims.hd ?? '').toLowerCase() !== p.hostedDomain) return { refused: 'DOMAIN' };
  const candidate =
    p.kind === 'MICROSOFT' ? entraEmail(claims) : claims.email_verified === true ? claims.email : undefined;
  if (typeof candidate !== 'string') return { refused: 'EMAIL_NOT_VERIFIED' };
  const email = candidate.trim().toLowerCase();
  if (!p.emailDomains.includes(emailDomain(email))) return { refused: 'DOMAIN' };
  return { email };
}

/**
 * Entra's `email` is an attribute anyone administering a tenant (or a guest's home) may set: it counts only when
 * Entra says the tenant owns its domain (`xms_edov`, an optional claim). Otherwise the sign-in name (UPN), whose
 * domain must be one of the tenant's verified domains; a guest's (`#EXT#`) is another tenant's, and never counts.
 */
function entraEmail(claims: IdClaims): string | undefined {
  if (claims.xms_edov === true && typeof claims.email === 'string') return claims.email;
  const upn = claims.preferred_username;
  return typeof upn === 'string' && upn.includes('@') && !upn.toLowerCase().includes('#ext#') ? upn : undefined;
}
