import { adminUrl, errorCodes, eventually, gql, ok, startStack, TestStack } from '@trustops/testing';
import { Client } from 'pg';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken sessionHandoff trust { id } } }`;
const ME = '{ me { id } }';
const QUEUE = '{ tickets(first: 1) { totalCount } }';
const EVERYWHERE = 'mutation { signOutEverywhere }';
const CHANGE = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const SUSPEND = 'mutation ($id: ID!) { suspendMember(userId: $id) { status } }';

interface Door {
  status: number;
  cookie: string | null;
  setCookie: string | null;
  body: { accessToken?: string; errors?: { message: string; extensions: { code: string } }[] };
}

describe('sessions: a refresh token renews the 15-minute access token, and sessions end when they should', () => {
  let stack: TestStack;
  let base: string;
  let admin: Client;
  const sql = async (query: string, params: unknown[] = []) => (await admin.query(query, params)).rows;
  const call = (query: string, token: string, variables: Record<string, unknown> = {}) =>
    gql(stack.gatewayUrl, query, variables, token);

  /** POST to the session door as the dashboard does: JSON, with the cookie the browser holds. */
  const door = async (
    route: 'refresh' | 'end',
    options: { cookie?: string | null; body?: unknown; type?: string } = {},
  ): Promise<Door> => {
    const res = await fetch(`${base}/files/directory/session/${route}`, {
      method: 'POST',
      headers: {
        'content-type': options.type ?? 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
      body: JSON.stringify(options.body ?? {}),
    });
    const setCookie = res.headers.get('set-cookie');
    const text = await res.text();
    return {
      status: res.status,
      setCookie,
      cookie: setCookie?.split(';')[0] ?? null,
      body: text ? JSON.parse(text) : {},
    };
  };
  const signInWithSession = async (email: string, password = 'trustops-demo') => {
    const payload = ok(await gql(stack.gatewayUrl, SIGN_IN, { email, password })).signIn;
    const first = await door('refresh', { body: { handoff: payload.sessionHandoff } });
    expect(first.status).toBe(200);
    return { token: first.body.accessToken!, cookie: first.cookie!, handoff: payload.sessionHandoff as string };
  };

  beforeAll(async () => {
    stack = await startStack();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const url = new URL(adminUrl());
    url.pathname = `/${stack.databaseName}`;
    admin = new Client({ connectionString: url.toString() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await stack?.stop();
  });

  it('exchanges the sign-in hand-off once for an HttpOnly, SameSite=Strict cookie that renews the access token', async () => {
    const { token, cookie, handoff } = await signInWithSession('tech@northstar.example');
    expect(ok(await call(QUEUE, token)).tickets.totalCount).toBeGreaterThan(0);
    const first = await door('refresh', { cookie });
    expect(first.setCookie).toMatch(
      /^trustops_session=[\w-]{43}; Path=\/files\/directory\/session; HttpOnly; SameSite=Strict$/,
    );
    expect(first.cookie).not.toBe(cookie);
    expect(ok(await call(QUEUE, first.body.accessToken!)).tickets.totalCount).toBeGreaterThan(0);
    // The hand-off was used; the payload's access token lives 15 minutes.
    expect((await door('refresh', { body: { handoff } })).status).toBe(401);
    const [claims] = first.body
      .accessToken!.split('.')
      .slice(1, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(claims.exp - claims.iat).toBe(15 * 60);
    // Only hashes are stored.
    const stored = JSON.stringify(await sql('SELECT * FROM directory.refresh_token'));
    expect(stored).not.toContain(cookie.split('=')[1]);
    expect(stored).not.toContain(handoff);
  });

  it('ends the whole session when a replaced refresh token comes back (a copy), audited', async () => {
    const { cookie: stolen } = await signInWithSession('teacher@northstar.example');
    const renewed = await door('refresh', { cookie: stolen });
    const again = await door('refresh', { cookie: renewed.cookie });
    expect([renewed.status, again.status]).toEqual([200, 200]);
    const replay = await door('refresh', { cookie: stolen });
    expect(replay.status).toBe(401);
    expect(replay.body.errors![0].message).toMatch(/used from two places/);
    expect(replay.setCookie).toMatch(/^trustops_session=; .*Max-Age=0/);
    // The rightful holder's newer token is refused too: the family is gone.
    expect((await door('refresh', { cookie: again.cookie })).status).toBe(401);
    const [row] = await sql(
      `SELECT s.end_reason, a.action FROM directory.session s JOIN directory.audit_log a ON a.entity_id = s.id::text
       WHERE a.action = 'ended_on_reuse'`,
    );
    expect(row).toEqual({ end_reason: 'refresh token reused', action: 'ended_on_reuse' });
  });

  it('answers a renewal sent again after its answer was lost, and only the retry’s token goes on', async () => {
    const { cookie } = await signInWithSession('governor@northstar.example');
    const lost = await door('refresh', { cookie });
    const retried = await door('refresh', { cookie });
    expect([lost.status, retried.status]).toEqual([200, 200]);
    expect((await door('refresh', { cookie: lost.cookie })).status).toBe(401);
    expect((await door('refresh', { cookie: retried.cookie })).status).toBe(200);
  });

  it('gives no new token from a session that has ended (switchTrust)', async () => {
    const msp = await signInWithSession('msp@partner.example');
    expect((await door('end', { cookie: msp.cookie })).status).toBe(204);
    const trustId = (await sql(`SELECT id FROM directory.trust WHERE code = 'RVA'`))[0].id;
    const switched = await call('mutation ($id: ID!) { switchTrust(trustId: $id) { accessToken } }', msp.token, {
      id: trustId,
    });
    expect(errorCodes(switched)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a body that is not JSON, and a door without a session', async () => {
    expect((await door('refresh', { type: 'text/plain' })).status).toBe(400);
    const none = await door('refresh');
    expect([none.status, none.body.errors![0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect((await door('refresh', { cookie: 'trustops_session=not-a-token' })).status).toBe(401);
  });

  it('signs this device out: the session ends and its cookie is cleared', async () => {
    const { cookie } = await signInWithSession('ceo@northstar.example');
    const out = await door('end', { cookie });
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/Max-Age=0/);
    expect((await door('refresh', { cookie })).status).toBe(401);
  });

  it('signs out everywhere: every session ends and old access tokens are refused by directory at once and the desk within 5 s', async () => {
    const laptop = await signInWithSession('engineer@northstar.example');
    const phone = await signInWithSession('engineer@northstar.example');
    expect(ok(await call(QUEUE, phone.token)).tickets.totalCount).toBeGreaterThan(0);
    expect(ok(await call(EVERYWHERE, laptop.token)).signOutEverywhere).toBe(true);
    expect((await door('refresh', { cookie: phone.cookie })).status).toBe(401);
    expect((await door('refresh', { cookie: laptop.cookie })).status).toBe(401);
    expect(errorCodes(await call(ME, phone.token))).toEqual(['UNAUTHENTICATED']);
    const started = Date.now();
    await eventually(
      () => call(QUEUE, phone.token),
      (answer) => errorCodes(answer)[0] === 'UNAUTHENTICATED',
      5_000,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    // Signing in again works at once, everywhere.
    const again = await signInWithSession('engineer@northstar.example');
    expect(ok(await call(QUEUE, again.token)).tickets.totalCount).toBeGreaterThan(0);
  });

  it('ends the other sessions on a password change, and this one renews its token', async () => {
    const here = await signInWithSession('governor@northstar.example');
    const there = await signInWithSession('governor@northstar.example');
    const next = 'harbour violet compass 19';
    expect(ok(await call(CHANGE, here.token, { c: 'trustops-demo', n: next })).changePassword).toBe(true);
    expect((await door('refresh', { cookie: there.cookie })).status).toBe(401);
    expect(errorCodes(await call(ME, here.token))).toEqual(['UNAUTHENTICATED']);
    const renewed = await door('refresh', { cookie: here.cookie });
    expect(renewed.status).toBe(200);
    expect(ok(await call(ME, renewed.body.accessToken!)).me.id).toEqual(expect.any(String));
  });

  it('refuses a suspended member’s refresh at once, and an MSP engineer signed out everywhere is signed out of both trusts', async () => {
    const director = await signInWithSession('director@northstar.example');
    const reviewer = await signInWithSession('reviewer@independent.example');
    const { me } = ok(await call(ME, reviewer.token));
    ok(await call(SUSPEND, director.token, { id: me.id }));
    const refused = await door('refresh', { cookie: reviewer.cookie });
    expect([refused.status, refused.body.errors![0].message]).toEqual([401, expect.stringMatching(/suspended/)]);
    const msp = await signInWithSession('msp@partner.example');
    const trusts = await sql(
      `SELECT count(*)::int AS n FROM directory.membership m JOIN directory.app_user u ON u.id = m.user_id
       WHERE u.email = 'msp@partner.example'`,
    );
    expect(trusts[0].n).toBe(2);
    ok(await call(EVERYWHERE, msp.token));
    const marked = await sql(
      `SELECT m.tokens_valid_from FROM directory.membership m JOIN directory.app_user u ON u.id = m.user_id
       WHERE u.email = 'msp@partner.example'`,
    );
    expect(marked.every((r) => r.tokens_valid_from instanceof Date)).toBe(true);
    // Nobody else's tokens were touched.
    expect(ok(await call(ME, director.token)).me.id).toEqual(expect.any(String));
  });
});
