import { demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, gql, ok, signIn } from '@trustops/testing';
import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { startDnsServer, TestDnsServer } from '@trustops/testing/dns';
import { newInvitation } from '../testing/factories';
import { DirectoryWithCallers, startDirectoryWithCallers } from '../testing/start-directory';
import {
  followRedirects,
  startTestIdentityProviders,
  TestAccounts,
  TestIdentityProviders,
} from '@trustops/testing/oidc';

const PUBLIC = 'https://trustops.test';
const REDIRECT = `${PUBLIC}/files/directory/sso/callback`;
const TENANT = '2f4a9c1e-8b3d-4e6f-9a1b-3c5d7e9f1a2b';
const OTHER_TENANT = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const client = (id: string) => ({ client_id: id, client_secret: `${id}-secret`, redirect_uris: [REDIRECT] });
const CONFIGURE = `mutation ($input: IdentityProviderInput!) { configureIdentityProvider(input: $input) {
  id kind label tenantIds hostedDomain clientId emailDomains allowNewMembers enabled redirectUri } }`;
const LIST = '{ identityProviders { id clientId } }';
const OPTIONS =
  'query ($e: String!) { signInOptions(email: $e) { password providers { providerId kind label trustName } } }';

describe('single sign-on against a real OpenID provider', () => {
  let idp: TestIdentityProviders;
  let mail: MailCatcher;
  let running: DirectoryWithCallers;
  let url: string;
  /** Directory's own origin: the /files routes sit beside /graphql. */
  let origin: string;
  let entraAccounts: TestAccounts;
  let dns: TestDnsServer;
  const sql = async (query: string, params: unknown[] = []) => (await running.admin.query(query, params)).rows;
  const microsoft = (extra: Record<string, unknown> = {}) => ({
    kind: 'MICROSOFT',
    tenantIds: [TENANT],
    clientId: 'trustops-entra',
    clientSecret: 'trustops-entra-secret',
    emailDomains: ['northstar.example'],
    ...extra,
  });

  /** Changes Northstar's provider (its secret kept unless given). */
  const reconfigure = async (extra: Record<string, unknown>) => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    ok(await running.northstar(CONFIGURE, { input: microsoft({ id: provider.id, clientSecret: null, ...extra }) }));
    return provider.id as string;
  };

  /** The value a response sets for cookie `name`, if it sets one. */
  const cookieFrom = (res: Response, name: string) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith(`${name}=`))
      ?.slice(name.length + 1) || undefined;

  /** /sso/start: the provider's address and the browser's cookie that ties the attempt to it. */
  async function startAt(providerId: string, login: string) {
    const start = await fetch(`${origin}/files/sso/start?provider=${providerId}&email=${login}`, {
      redirect: 'manual',
    });
    const out = start.headers.get('location');
    if (!out) throw new Error(`start answered ${start.status}: ${await start.text()}`);
    return { out, browser: cookieFrom(start, 'trustops_sso'), start };
  }

  /** Start → the provider (as `login`) → back: where the dashboard lands, and the session cookie it is given. */
  async function signInWith(providerId: string, login: string, alter = (u: string) => u) {
    const { out, browser, start } = await startAt(providerId, login);
    if (out.startsWith(PUBLIC)) return landing(out, start);
    return finishAt(await followRedirects(alter(out), REDIRECT), browser);
  }
  /** /sso/callback as the browser holding `browser` (the start's cookie) sends it. */
  const finishAt = async (callback: URL, browser: string | undefined) => {
    const res = await fetch(`${origin}/files/sso/callback${callback.search}`, {
      redirect: 'manual',
      headers: browser ? { cookie: `trustops_sso=${browser}` } : {},
    });
    return landing(res.headers.get('location')!, res);
  };
  /** The refusal in the /sso page's fragment, or the session cookie (never a token in the URL). */
  const landing = (location: string, res: Response): Record<string, string | undefined> => {
    expect(location.startsWith(`${PUBLIC}/sso`)).toBe(true);
    const fragment = Object.fromEntries(new URLSearchParams(location.split('#')[1] ?? ''));
    return { ...fragment, session: cookieFrom(res, 'trustops_session') };
  };
  const sessionOf = async (session: string | undefined) => {
    const res = await fetch(`${origin}/files/session/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `trustops_session=${session}` },
      body: '{}',
    });
    if (res.status !== 200) throw new Error(`refresh answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as {
      accessToken: string;
      role: string;
      user: { id: string; email: string };
      trust: { id: string };
    };
  };

  beforeAll(async () => {
    idp = await startTestIdentityProviders();
    idp.mount(`/${TENANT}/v2.0`, {
      clients: [client('trustops-entra')],
      accounts: (entraAccounts = {
        tom: { tid: TENANT, oid: 'oid-tom', preferred_username: 'Tech@Northstar.example', name: 'Tom R' },
        'tom-again': { tid: TENANT, oid: 'oid-tom-2', preferred_username: 'tech@northstar.example' },
        mallory: { tid: OTHER_TENANT, oid: 'oid-m', preferred_username: 'director@northstar.example' },
        newbie: { tid: TENANT, oid: 'oid-new', preferred_username: 'new.teacher@northstar.example' },
        invited: { tid: TENANT, oid: 'oid-invited', preferred_username: 'invited.tech@northstar.example' },
        rita: { tid: TENANT, oid: 'oid-rita', preferred_username: 'director@riverside.example' },
        chris: { tid: TENANT, oid: 'oid-chris', preferred_username: 'msp@partner.example' },
      }),
    });
    idp.mount('/google', {
      clients: [client('trustops-google')],
      accounts: {
        rd: { email: 'director@riverside.example', email_verified: true, hd: 'riverside.example' },
        personal: { email: 'director@riverside.example', email_verified: true, hd: 'gmail.example' },
      },
    });
    mail = await startMailCatcher();
    dns = await startDnsServer();
    running = await startDirectoryWithCallers({
      DNS_SERVERS: dns.address,
      SMTP_URL: mail.smtpUrl,
      PUBLIC_URL: PUBLIC,
      SSO_MICROSOFT_AUTHORITY: idp.origin,
      SSO_GOOGLE_ISSUER: `${idp.origin}/google`,
    });
    url = running.directory.url;
    origin = new URL(url).origin;
  });
  afterAll(async () => {
    await running?.stop();
    await idp?.stop();
    await mail?.stop();
    await dns?.stop();
  });

  it('lets an IT director add a Microsoft provider: the secret is sealed, never shown, never audited', async () => {
    const { northstar, riverside, technician } = running;
    expect(errorCodes(await technician(CONFIGURE, { input: microsoft() }))).toEqual(['FORBIDDEN']);
    const added = ok(
      await northstar(CONFIGURE, { input: microsoft({ emailDomains: ['NorthStar.example', 'partner.example'] }) }),
    ).configureIdentityProvider;
    expect(added).toMatchObject({
      kind: 'MICROSOFT',
      label: 'Microsoft',
      tenantIds: [TENANT],
      emailDomains: ['northstar.example', 'partner.example'],
      allowNewMembers: false,
      enabled: true,
      redirectUri: REDIRECT,
    });
    const [row] = await sql('SELECT client_secret_sealed FROM directory.identity_provider WHERE id = $1', [added.id]);
    expect(row.client_secret_sealed).not.toContain('trustops-entra-secret');
    const audit = JSON.stringify(
      await sql(`SELECT before, after FROM directory.audit_log WHERE entity = 'identity_provider'`),
    );
    expect(audit).toContain('"secretChanged":true');
    expect(audit).not.toContain('trustops-entra-secret');

    // Riverside's director neither sees nor changes it.
    expect(ok(await riverside(LIST)).identityProviders).toEqual([]);
    expect(errorCodes(await riverside(CONFIGURE, { input: microsoft({ id: added.id }) }))).toEqual([
      'IDENTITY_PROVIDER_NOT_FOUND',
    ]);
    expect(ok(await northstar(LIST)).identityProviders).toEqual([{ id: added.id, clientId: 'trustops-entra' }]);
  });

  it('refuses bad settings with a coded error naming the field, and a provider it cannot reach, writing nothing', async () => {
    const before = await sql('SELECT count(*)::int AS n FROM directory.identity_provider');
    const refused = async (input: object) => {
      const answer = await running.northstar(CONFIGURE, { input });
      return [errorCodes(answer)[0], (answer.errors?.[0]?.extensions as { field?: string })?.field];
    };
    expect(await refused(microsoft({ tenantIds: ['contoso'] }))).toEqual(['BAD_USER_INPUT', 'tenantIds']);
    expect(await refused(microsoft({ emailDomains: [] }))).toEqual(['BAD_USER_INPUT', 'emailDomains']);
    expect(await refused(microsoft({ clientSecret: null }))).toEqual(['BAD_USER_INPUT', 'clientSecret']);
    expect(await refused({ kind: 'GOOGLE', clientId: 'g', clientSecret: 's', emailDomains: ['a.example'] })).toEqual([
      'BAD_USER_INPUT',
      'hostedDomain',
    ]);
    // No tenant by that id answers a discovery document.
    expect(await refused(microsoft({ tenantIds: [OTHER_TENANT] }))).toEqual([
      'IDENTITY_PROVIDER_UNREACHABLE',
      'issuer',
    ]);
    expect(await sql('SELECT count(*)::int AS n FROM directory.identity_provider')).toEqual(before);
  });

  it('offers "Continue with Microsoft" for a domain only once the trust has shown it owns it (DNS TXT), then for the domain alone, whoever types it', async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    const DOMAINS = '{ emailDomains { domain verified recordName recordValue } }';
    const VERIFY = 'mutation ($d: String!) { verifyEmailDomain(domain: $d) { domain verified } }';
    expect(ok(await gql(url, OPTIONS, { e: 'tech@northstar.example' })).signInOptions.providers).toEqual([]);
    const domains = ok(await running.northstar(DOMAINS)).emailDomains;
    expect(domains.map((d: { domain: string; verified: boolean }) => [d.domain, d.verified])).toEqual([
      ['northstar.example', false],
      ['partner.example', false],
    ]);
    const northstarDomain = domains[0];
    expect(northstarDomain.recordName).toBe('_trustops-challenge.northstar.example');
    expect(northstarDomain.recordValue).toMatch(/^trustops-verification=[\w-]{32}$/);
    const notYet = await running.northstar(VERIFY, { d: 'northstar.example' });
    expect(errorCodes(notYet)).toEqual(['EMAIL_DOMAIN_NOT_VERIFIED']);
    expect(notYet.errors![0].message).toContain(northstarDomain.recordValue);
    // Another trust's record (or a wrong value) is not this trust's proof; Riverside cannot verify Northstar's domain.
    dns.txt.set(northstarDomain.recordName, ['trustops-verification=someone-else', 'v=spf1 -all']);
    expect(errorCodes(await running.northstar(VERIFY, { d: 'northstar.example' }))).toEqual([
      'EMAIL_DOMAIN_NOT_VERIFIED',
    ]);
    dns.txt.set(northstarDomain.recordName, ['v=spf1 -all', northstarDomain.recordValue]);
    expect(errorCodes(await running.riverside(VERIFY, { d: 'northstar.example' }))).toEqual(['EMAIL_DOMAIN_NOT_FOUND']);
    expect(ok(await running.riverside(DOMAINS)).emailDomains).toEqual([]);
    expect(errorCodes(await running.technician(VERIFY, { d: 'northstar.example' }))).toEqual(['FORBIDDEN']);
    expect(ok(await running.northstar(VERIFY, { d: 'northstar.example' })).verifyEmailDomain).toEqual({
      domain: 'northstar.example',
      verified: true,
    });
    expect(
      (await sql("SELECT after FROM directory.audit_log WHERE entity = 'email_domain' AND action = 'verified'")).length,
    ).toBe(1);
    for (const email of ['tech@northstar.example', 'nobody.at.all@northstar.example']) {
      expect(ok(await gql(url, OPTIONS, { e: email })).signInOptions).toEqual({
        password: true,
        providers: [{ providerId: provider.id, kind: 'MICROSOFT', label: 'Microsoft', trustName: NORTHSTAR.name }],
      });
    }
    expect(ok(await gql(url, OPTIONS, { e: 'someone@elsewhere.example' })).signInOptions).toEqual({
      password: true,
      providers: [],
    });
  });

  it('lets the director test the provider: a sign-in there says what it would do, and signs in, links or adds nobody', async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    const TEST = 'mutation ($id: ID!) { testIdentityProvider(providerId: $id) }';
    const tested = async (login: string) => {
      const startUrl = new URL(ok(await running.northstar(TEST, { id: provider.id })).testIdentityProvider);
      expect(startUrl.origin + startUrl.pathname).toBe(`${PUBLIC}/files/directory/sso/start`);
      const start = await fetch(`${origin}/files/sso/start${startUrl.search}&email=${login}`, { redirect: 'manual' });
      const callback = await followRedirects(start.headers.get('location')!, REDIRECT);
      const landed = await finishAt(callback, cookieFrom(start, 'trustops_sso'));
      return Object.assign(landed, { startUrl });
    };
    const links = async () => (await sql('SELECT count(*)::int AS n FROM directory.identity_link'))[0].n;
    const before = await links();
    const tom = await tested('tom');
    expect(tom).toMatchObject({ test: '1', outcome: 'LINKS', session: undefined });
    expect(String(tom.message)).toContain('tech@northstar.example signs in to Northstar Learning Trust');
    expect(await tested('newbie')).toMatchObject({ outcome: 'SSO_NO_MEMBER', session: undefined });
    expect(await tested('mallory')).toMatchObject({ outcome: 'SSO_TENANT_NOT_ALLOWED', session: undefined });
    expect(await links()).toBe(before);
    expect(await sql("SELECT 1 FROM directory.app_user WHERE email = 'new.teacher@northstar.example'")).toEqual([]);
    const audit = await sql(
      "SELECT actor_id, after FROM directory.audit_log WHERE entity = 'identity_provider' AND action = 'tested'",
    );
    expect(audit.map((a) => a.after.outcome)).toEqual(['LINKS', 'SSO_NO_MEMBER', 'SSO_TENANT_NOT_ALLOWED']);
    expect(audit[0].actor_id).toBe(demoUser('director@northstar.example').id);

    // A test ticket starts one test; another trust's director and a technician cannot test it.
    const again = await fetch(`${origin}/files/sso/start${tom.startUrl.search}`, { redirect: 'manual' });
    expect(again.headers.get('location')).toContain('error=SSO_STATE_INVALID');
    expect(errorCodes(await running.riverside(TEST, { id: provider.id }))).toEqual(['IDENTITY_PROVIDER_NOT_FOUND']);
    expect(errorCodes(await running.technician(TEST, { id: provider.id }))).toEqual(['FORBIDDEN']);
  });

  it('signs a member in through Entra, links them by tenant and object id, and keeps them by it when their email changes', async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    const tom = demoUser('tech@northstar.example');
    const first = await signInWith(provider.id, 'tom');
    expect(first).toEqual({ session: expect.stringMatching(/^[\w-]{43}$/) });
    const session = await sessionOf(first.session);
    expect(session).toMatchObject({ role: 'TECHNICIAN', user: { id: tom.id }, trust: { id: NORTHSTAR.id } });
    expect(await sql('SELECT subject, user_id FROM directory.identity_link')).toEqual([
      { subject: `entra:${TENANT}:oid-tom`, user_id: tom.id },
    ]);
    // The same Entra user, now with another address: still Tom, by their subject.
    entraAccounts.tom.preferred_username = 'tom.reed@northstar.example';
    const again = await signInWith(provider.id, 'tom');
    expect((await sessionOf(again.session)).user.id).toBe(tom.id);
    // Another Entra user claiming Tom's address is not Tom.
    expect(await signInWith(provider.id, 'tom-again')).toMatchObject({ error: 'SSO_ALREADY_LINKED' });
  });

  it('refuses another tenant, login CSRF, a replayed or missing state, a wrong nonce and an expired, misaddressed or misissued ID token, each with a clear page and nothing created', async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    const links = await sql('SELECT count(*)::int AS n FROM directory.identity_link');
    expect(await signInWith(provider.id, 'mallory')).toMatchObject({
      error: 'SSO_TENANT_NOT_ALLOWED',
      trust: NORTHSTAR.name,
    });

    // Login CSRF: a callback carried to another browser (no cookie, or that browser's own) finishes nothing.
    const mine = await startAt(provider.id, 'tom');
    const theirs = await startAt(provider.id, 'tom');
    const callback = await followRedirects(mine.out, REDIRECT);
    expect(await finishAt(callback, undefined)).toMatchObject({ error: 'SSO_STATE_INVALID', session: undefined });
    const again = await followRedirects((await startAt(provider.id, 'tom')).out, REDIRECT);
    expect(await finishAt(again, theirs.browser)).toMatchObject({ error: 'SSO_STATE_INVALID', session: undefined });
    // Finished once in the right browser; replayed, or without its state, it finishes nothing.
    const once = await startAt(provider.id, 'tom');
    const back = await followRedirects(once.out, REDIRECT);
    expect(await finishAt(back, once.browser)).toEqual({ session: expect.any(String) });
    expect(await finishAt(back, once.browser)).toMatchObject({ error: 'SSO_STATE_INVALID' });
    const stateless = new URL(back);
    stateless.searchParams.delete('state');
    expect(await finishAt(stateless, once.browser)).toMatchObject({ error: 'SSO_STATE_INVALID' });

    const wrongNonce = await signInWith(provider.id, 'tom', (u) => u.replace(/nonce=[^&]+/, 'nonce=not-the-one'));
    expect(wrongNonce).toMatchObject({ error: 'SSO_TOKEN_INVALID' });
    // ID tokens signed by the provider's own key, but expired, for another client, or from another issuer.
    const now = Math.floor(Date.now() / 1000);
    for (const change of [
      (p: Record<string, unknown>) => ({ ...p, iat: now - 7200, exp: now - 3600 }),
      (p: Record<string, unknown>) => ({ ...p, aud: 'someone-elses-app' }),
      (p: Record<string, unknown>) => ({ ...p, iss: `${idp.origin}/${OTHER_TENANT}/v2.0` }),
    ]) {
      idp.tamperIdTokens(change);
      expect(await signInWith(provider.id, 'tom')).toMatchObject({ error: 'SSO_TOKEN_INVALID', session: undefined });
    }
    idp.tamperIdTokens(null);
    expect((await signInWith(provider.id, 'tom')).session).toBeDefined();
    expect(await signInWith('00000000-0000-4000-8000-000000000000', 'tom')).toMatchObject({
      error: 'IDENTITY_PROVIDER_NOT_FOUND',
    });
    expect(await sql('SELECT count(*)::int AS n FROM directory.identity_link')).toEqual(links);

    // A script starting sign-ins from one address is told to wait after 120 a minute; others are not.
    const startFrom = async (address: string) => {
      const res = await fetch(`${origin}/files/sso/start?provider=${provider.id}&email=tom`, {
        redirect: 'manual',
        headers: { 'x-forwarded-for': address },
      });
      return new URLSearchParams(res.headers.get('location')!.split('#')[1] ?? '').get('error');
    };
    for (let i = 0; i < 120; i++) expect(await startFrom('203.0.113.9')).toBeNull();
    expect(await startFrom('203.0.113.9')).toBe('TOO_MANY_REQUESTS');
    expect(await startFrom('198.51.100.7')).toBeNull();
  });

  it('creates nobody unasked; adds a STAFF member only once the trust allows it', async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    const refused = await signInWith(provider.id, 'newbie');
    expect(refused).toMatchObject({ error: 'SSO_NO_MEMBER', trust: NORTHSTAR.name });
    expect(refused.message).toContain('Ask your trust');
    expect(await sql(`SELECT id FROM directory.app_user WHERE email = 'new.teacher@northstar.example'`)).toEqual([]);

    await reconfigure({ allowNewMembers: true });
    const joined = await sessionOf((await signInWith(provider.id, 'newbie')).session);
    expect(joined).toMatchObject({
      role: 'STAFF',
      trust: { id: NORTHSTAR.id },
      user: { email: 'new.teacher@northstar.example' },
    });
    const events = await sql(
      `SELECT payload->>'role' AS role FROM directory.outbox WHERE type = 'membership.changed' AND payload->>'userId' = $1`,
      [joined.user.id],
    );
    expect(events).toEqual([{ role: 'STAFF' }]);
    // No password signs the new account in.
    await expect(signIn(url, 'new.teacher@northstar.example', '!')).rejects.toThrow();
  });

  it("never signs anyone into another trust: Northstar's provider signs an MSP engineer into Northstar only, and a Riverside-only director nowhere", async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    await reconfigure({
      emailDomains: ['northstar.example', 'partner.example', 'riverside.example'],
    });
    const msp = await sessionOf((await signInWith(provider.id, 'chris')).session);
    expect(msp.trust.id).toBe(NORTHSTAR.id);
    // Northstar vouched for this session, Riverside did not: it cannot be moved there.
    const SWITCH = 'mutation ($t: ID!) { switchTrust(trustId: $t) { accessToken } }';
    expect(errorCodes(await gql(url, SWITCH, { t: RIVERSIDE.id }, msp.accessToken))).toEqual(['SSO_SESSION_HELD']);
    // An account of another trust is never joined to Northstar by its provider, even where it adds people.
    await reconfigure({ allowNewMembers: true, emailDomains: ['northstar.example', 'riverside.example'] });
    expect(await signInWith(provider.id, 'rita')).toMatchObject({ error: 'SSO_NO_MEMBER' });
    const rita = demoUser('director@riverside.example');
    expect(await sql('SELECT trust_id FROM directory.membership WHERE user_id = $1', [rita.id])).toEqual([
      { trust_id: RIVERSIDE.id },
    ]);
    // Riverside's director is no member of Northstar (and it adds nobody): refused, never signed in to Riverside.
    expect(await signInWith(provider.id, 'rita')).toMatchObject({ error: 'SSO_NO_MEMBER' });
  });

  it("signs a Riverside member in with Google Workspace when hd is the trust's domain, and refuses any other hd", async () => {
    const added = ok(
      await running.riverside(CONFIGURE, {
        input: {
          kind: 'GOOGLE',
          hostedDomain: 'riverside.example',
          clientId: 'trustops-google',
          clientSecret: 'trustops-google-secret',
          emailDomains: ['riverside.example'],
        },
      }),
    ).configureIdentityProvider;
    expect(await signInWith(added.id, 'personal')).toMatchObject({ error: 'SSO_DOMAIN_NOT_ALLOWED' });
    const session = await sessionOf((await signInWith(added.id, 'rd')).session);
    expect(session).toMatchObject({
      role: 'IT_DIRECTOR',
      trust: { id: RIVERSIDE.id },
      user: { email: 'director@riverside.example' },
    });
    const start = await fetch(`${origin}/files/sso/start?provider=${added.id}&email=rd`, { redirect: 'manual' });
    expect(new URL(start.headers.get('location')!).searchParams.get('hd')).toBe('riverside.example');
  });

  it("turns passwords off for a domain only for the trust's own people, and uses the secret it holds (rotatable)", async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    // Northstar names riverside.example too, with passwords off.
    await reconfigure({
      passwordSignIn: false,
      emailDomains: ['northstar.example', 'riverside.example'],
    });
    const SIGN_IN = 'mutation ($e: String!) { signIn(email: $e, password: "trustops-demo") { accessToken } }';
    expect(errorCodes(await gql(url, SIGN_IN, { e: 'ceo@northstar.example' }))).toEqual(['PASSWORD_SIGN_IN_OFF']);
    // Riverside's people are not Northstar's to lock out.
    await signIn(url, 'director@riverside.example');
    expect(ok(await gql(url, OPTIONS, { e: 'x@northstar.example' })).signInOptions.password).toBe(false);
    // Riverside's own provider keeps passwords for its domain: Northstar naming it hides nothing there.
    expect(ok(await gql(url, OPTIONS, { e: 'x@riverside.example' })).signInOptions.password).toBe(true);

    // A wrong secret (rotated by mistake) fails the code exchange; the right one again works.
    const rotate = (clientSecret: string) =>
      running.northstar(CONFIGURE, { input: microsoft({ id: provider.id, clientSecret, passwordSignIn: true }) });
    const sealed = async () =>
      (await sql('SELECT client_secret_sealed AS s FROM directory.identity_provider WHERE id = $1', [provider.id]))[0]
        .s;
    const before = await sealed();
    ok(await rotate('not-the-secret'));
    expect(await sealed()).not.toBe(before);
    expect(await signInWith(provider.id, 'tom')).toMatchObject({ error: 'SSO_TOKEN_INVALID' });
    ok(await rotate('trustops-entra-secret'));
    expect((await signInWith(provider.id, 'tom')).session).toBeDefined();
    await signIn(url, 'ceo@northstar.example');
  });

  it('accepts an open invitation when the invited person first signs in at the provider, as the role and schools it gave', async () => {
    const [provider] = ok(await running.northstar(LIST)).identityProviders;
    const invited = await newInvitation(running.northstar, {
      email: 'invited.tech@northstar.example',
      role: 'TECHNICIAN',
    });
    const session = await sessionOf((await signInWith(provider.id, 'invited')).session);
    expect(session).toMatchObject({
      role: 'TECHNICIAN',
      trust: { id: NORTHSTAR.id },
      user: { email: 'invited.tech@northstar.example' },
    });
    const [row] = await sql('SELECT accepted_by FROM directory.invitation WHERE id = $1', [invited.invitationId]);
    expect(row.accepted_by).toBe(session.user.id);
    expect(
      await sql('SELECT count(*)::int AS n FROM directory.identity_link WHERE user_id = $1', [session.user.id]),
    ).toEqual([{ n: 1 }]);
  });
});
