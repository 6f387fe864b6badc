import { checkClaims, checkIssuer, checkProviderInput, IdClaims, issuerOf, subjectOf } from './provider-rules';

const TENANT = '2f4a9c1e-8b3d-4e6f-9a1b-3c5d7e9f1a2b';
const OTHER_TENANT = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const code = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { details?: { field?: string } }).details?.field ?? 'thrown';
  }
};

describe('checkProviderInput', () => {
  const microsoft = {
    kind: 'MICROSOFT',
    clientId: ' app-1 ',
    tenantIds: [TENANT.toUpperCase()],
    emailDomains: ['@NorthStar.example'],
  };

  it('keeps a Microsoft provider with its tenant, domains lower-cased, password still allowed, new members not', () => {
    expect(checkProviderInput(microsoft, true)).toEqual({
      kind: 'MICROSOFT',
      label: 'Microsoft',
      tenantIds: [TENANT],
      hostedDomain: null,
      issuer: null,
      clientId: 'app-1',
      emailDomains: ['northstar.example'],
      allowNewMembers: false,
      passwordSignIn: true,
      enabled: true,
    });
  });

  it.each([
    ['an unknown kind', { ...microsoft, kind: 'SAML' }, 'kind'],
    ['no client id', { ...microsoft, clientId: '  ' }, 'clientId'],
    ['no email domain', { ...microsoft, emailDomains: [] }, 'emailDomains'],
    ['an email domain that is not one', { ...microsoft, emailDomains: ['not a domain'] }, 'emailDomains'],
    ['a tenant id that is not a GUID', { ...microsoft, tenantIds: ['contoso'] }, 'tenantIds'],
    ['Microsoft with no tenant', { ...microsoft, tenantIds: [] }, 'tenantIds'],
    ['Google with no hosted domain', { kind: 'GOOGLE', clientId: 'g', emailDomains: ['a.example'] }, 'hostedDomain'],
    [
      'OIDC over plain http',
      { kind: 'OIDC', clientId: 'o', emailDomains: ['a.example'], issuer: 'http://idp.example' },
      'issuer',
    ],
    ['OIDC with no issuer', { kind: 'OIDC', clientId: 'o', emailDomains: ['a.example'] }, 'issuer'],
  ])('refuses %s, naming the field', (_title, input, field) => {
    expect(code(() => checkProviderInput(input, true))).toBe(field);
  });

  it('lets a test provider on this machine use http outside production only', () => {
    expect(checkIssuer('http://127.0.0.1:5555/idp/', false)).toBe('http://127.0.0.1:5555/idp');
    expect(code(() => checkIssuer('http://127.0.0.1:5555/idp', true))).toBe('issuer');
    expect(code(() => checkIssuer('https://idp.example/?x=1', true))).toBe('issuer');
    for (const inside of [
      'https://10.0.0.5',
      'https://192.168.1.1/idp',
      'https://169.254.169.254',
      'https://[::1]',
      'https://localhost',
    ])
      expect(code(() => checkIssuer(inside, true))).toBe('issuer');
    expect(checkIssuer('https://login.example.org/tenant', true)).toBe('https://login.example.org/tenant');
  });
});

describe('issuerOf', () => {
  const authorities = { microsoft: 'https://login.microsoftonline.com', google: 'https://accounts.google.com' };
  it("discovers one Entra tenant exactly, several through 'organizations', Google and OIDC as they are", () => {
    const p = { kind: 'MICROSOFT' as const, tenantIds: [TENANT], issuer: null };
    expect(issuerOf(p, authorities)).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
    expect(issuerOf({ ...p, tenantIds: [TENANT, OTHER_TENANT] }, authorities)).toBe(
      'https://login.microsoftonline.com/organizations/v2.0',
    );
    expect(issuerOf({ kind: 'GOOGLE', tenantIds: [], issuer: null }, authorities)).toBe('https://accounts.google.com');
    expect(issuerOf({ kind: 'OIDC', tenantIds: [], issuer: 'https://idp.example' }, authorities)).toBe(
      'https://idp.example',
    );
  });
});

describe('subjectOf and checkClaims', () => {
  const entra = {
    kind: 'MICROSOFT' as const,
    tenantIds: [TENANT],
    hostedDomain: null,
    emailDomains: ['northstar.example'],
  };
  const google = {
    kind: 'GOOGLE' as const,
    tenantIds: [],
    hostedDomain: 'riverside.example',
    emailDomains: ['riverside.example'],
  };
  const oidc = { kind: 'OIDC' as const, tenantIds: [], hostedDomain: null, emailDomains: ['msp.example'] };
  const claims = (extra: Record<string, unknown>): IdClaims => ({ iss: 'https://issuer', sub: 's-1', ...extra });

  it('links Entra by tenant and object id, every other provider by issuer and subject, never by email', () => {
    expect(subjectOf('MICROSOFT', claims({ tid: TENANT, oid: 'o-1', email: 'a@b' }))).toBe(`entra:${TENANT}:o-1`);
    expect(subjectOf('GOOGLE', claims({ email: 'a@b' }))).toBe('https://issuer#s-1');
  });

  it.each([
    [
      'an allowed Entra tenant (email from preferred_username)',
      entra,
      { tid: TENANT, preferred_username: 'Tom@Northstar.example' },
      { email: 'tom@northstar.example' },
    ],
    ["another tenant's tid", entra, { tid: OTHER_TENANT, email: 'tom@northstar.example' }, { refused: 'TENANT' }],
    ['no tid at all', entra, { email: 'tom@northstar.example' }, { refused: 'TENANT' }],
    [
      'an Entra email in a domain the provider does not serve',
      entra,
      { tid: TENANT, preferred_username: 'tom@gmail.example' },
      { refused: 'DOMAIN' },
    ],
    [
      "Entra's email attribute without xms_edov (anyone administering a tenant may set it)",
      entra,
      { tid: TENANT, email: 'ceo@northstar.example' },
      { refused: 'EMAIL_NOT_VERIFIED' },
    ],
    [
      "Entra's email with xms_edov",
      entra,
      { tid: TENANT, email: 'Ceo@northstar.example', xms_edov: true, preferred_username: 'x@northstar.example' },
      { email: 'ceo@northstar.example' },
    ],
    [
      "a guest's sign-in name (#EXT#)",
      entra,
      { tid: TENANT, preferred_username: 'ceo_northstar.example#EXT#@northstar.example' },
      { refused: 'EMAIL_NOT_VERIFIED' },
    ],
    [
      'Entra with no email-like claim',
      entra,
      { tid: TENANT, preferred_username: 'tom' },
      { refused: 'EMAIL_NOT_VERIFIED' },
    ],
    [
      "Google's hd matching",
      google,
      { hd: 'riverside.example', email: 'jo@riverside.example', email_verified: true },
      { email: 'jo@riverside.example' },
    ],
    [
      'a wrong hd',
      google,
      { hd: 'gmail.com', email: 'jo@riverside.example', email_verified: true },
      { refused: 'DOMAIN' },
    ],
    [
      'no hd (a personal Google account)',
      google,
      { email: 'jo@riverside.example', email_verified: true },
      { refused: 'DOMAIN' },
    ],
    [
      'an unverified email',
      oidc,
      { email: 'sam@msp.example', email_verified: false },
      { refused: 'EMAIL_NOT_VERIFIED' },
    ],
    ['a verified email', oidc, { email: 'sam@msp.example', email_verified: true }, { email: 'sam@msp.example' }],
  ])('%s', (_title, provider, extra, expected) => {
    expect(checkClaims(provider, claims(extra))).toEqual(expected);
  });
});
