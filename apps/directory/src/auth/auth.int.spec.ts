import { demoUser, NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { DATA_SOURCE } from '@trustops/service-kit';
import { signingKeysFor } from './signing-keys';
import { createTestSigner, errorCodes, gql, ok, signIn } from '@trustops/testing';
import { decodeJwt } from 'jose';
import { startDirectory, TestDirectory } from '../testing/start-directory';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken expiresAt role user { email displayName } trust { id name code } memberships { trust { id name } role } } }`;
const ME = '{ me { id email displayName role trust { id name code } } }';

describe('sign-in and tokens', () => {
  let directory: TestDirectory;
  beforeAll(async () => {
    directory = await startDirectory();
  });
  afterAll(() => directory.stop());

  it('signs in a demo user and issues a token for their trust', async () => {
    const res = await gql(directory.url, SIGN_IN, { email: 'director@northstar.example', password: 'trustops-demo' });
    const { signIn: signedIn } = ok(res);
    expect(signedIn).toMatchObject({
      role: 'IT_DIRECTOR',
      user: { email: 'director@northstar.example', displayName: 'Priya Shah' },
      trust: { id: NORTHSTAR.id, code: 'NLT', name: 'Northstar Learning Trust' },
    });
    const claims = decodeJwt(signedIn.accessToken);
    expect(claims).toMatchObject({ trust: NORTHSTAR.id, role: 'IT_DIRECTOR', iss: 'trustops-directory' });
    const me = await gql(directory.url, ME, {}, signedIn.accessToken);
    expect(ok(me).me).toMatchObject({
      email: 'director@northstar.example',
      role: 'IT_DIRECTOR',
      trust: { code: 'NLT' },
    });
  });

  it('gives a multi-trust user a token for the first trust and switches to another', async () => {
    const res = await gql(directory.url, SIGN_IN, { email: 'msp@partner.example', password: 'trustops-demo' });
    const { signIn: signedIn } = ok(res);
    expect(signedIn.trust.code).toBe('NLT');
    expect(signedIn.memberships.map((m: { trust: { name: string } }) => m.trust.name)).toEqual([
      'Northstar Learning Trust',
      'Riverside Academies',
    ]);
    const switched = await gql(
      directory.url,
      `mutation ($id: ID!) { switchTrust(trustId: $id) { accessToken trust { code } role } }`,
      { id: RIVERSIDE.id },
      signedIn.accessToken,
    );
    const { switchTrust } = ok(switched);
    expect(switchTrust).toMatchObject({ trust: { code: 'RVA' }, role: 'TECHNICIAN' });
    const me = await gql(directory.url, ME, {}, switchTrust.accessToken);
    expect(ok(me).me.trust.code).toBe('RVA');
  });

  it('refuses to switch to a trust the user is not a member of', async () => {
    const token = await signIn(directory.url, 'director@riverside.example');
    const res = await gql(
      directory.url,
      `mutation ($id: ID!) { switchTrust(trustId: $id) { accessToken } }`,
      { id: NORTHSTAR.id },
      token,
    );
    expect(errorCodes(res)).toEqual(['TRUST_NOT_FOUND']);
    expect(res.data).toBeNull();
  });

  it('answers an unknown email and a wrong password with the same error', async () => {
    const unknown = await gql(directory.url, SIGN_IN, { email: 'nobody@northstar.example', password: 'trustops-demo' });
    const wrong = await gql(directory.url, SIGN_IN, { email: 'ceo@northstar.example', password: 'not-it' });
    expect(errorCodes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors![0].message).toBe('Email or password is incorrect');
    expect(wrong.errors![0]).toEqual(unknown.errors![0]);
  });

  it.each([
    { title: 'a malformed header', header: 'Token abc' },
    { title: 'a token that is not a JWT', header: 'Bearer not.a.jwt' },
  ])('rejects $title as UNAUTHENTICATED', async ({ header }) => {
    const res = await fetch(directory.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: header },
      body: JSON.stringify({ query: ME }),
    });
    const body = (await res.json()) as any;
    expect(res.status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects a token signed by another key and an expired one', async () => {
    const other = await createTestSigner();
    const forged = await other.sign({
      userId: '00000000-0000-4000-8000-000000000001',
      trustId: NORTHSTAR.id,
      role: 'IT_DIRECTOR',
    });
    const forgedRes = await gql(directory.url, ME, {}, forged);
    expect(errorCodes(forgedRes)).toEqual(['UNAUTHENTICATED']);
    const keys = await signingKeysFor(directory.app.get(DATA_SOURCE));
    const { token: expired } = await keys.sign(
      { sub: demoUser('tech@northstar.example').id, trust: NORTHSTAR.id, role: 'TECHNICIAN' },
      -60,
    );
    const expiredRes = await gql(directory.url, ME, {}, expired);
    expect(errorCodes(expiredRes)).toEqual(['UNAUTHENTICATED']);
    expect(expiredRes.errors![0].message).toBe('Your session has expired; sign in again');
  });

  it('publishes its public keys as JWKS without private parts', async () => {
    const jwks = (await (await fetch(directory.url.replace('/graphql', '/.well-known/jwks.json'))).json()) as any;
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('audits sign-ins in the trust they were for', async () => {
    const token = await signIn(directory.url, 'director@northstar.example');
    const res = await gql(
      directory.url,
      '{ auditLog(first: 5) { totalCount edges { node { entity action actorRole trustId actor { email } } } } }',
      {},
      token,
    );
    expect(ok(res).auditLog.edges[0].node).toEqual({
      entity: 'session',
      action: 'signed_in',
      actorRole: 'IT_DIRECTOR',
      trustId: NORTHSTAR.id,
      actor: { email: 'director@northstar.example' },
    });
  });
});
