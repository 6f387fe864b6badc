import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { DomainError } from '../errors/domain-error';
import { createTokenVerifier, TOKEN_AUDIENCE, TOKEN_ISSUER } from './token-verifier';

const TRUST = '11111111-1111-4111-8111-111111111111';
const USER = '22222222-2222-4222-8222-222222222222';

async function keyPair() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' } };
}

describe('createTokenVerifier', () => {
  let signer: Awaited<ReturnType<typeof keyPair>>;
  let verify: ReturnType<typeof createTokenVerifier>;
  beforeAll(async () => {
    signer = await keyPair();
    verify = createTokenVerifier({ jwks: { keys: [signer.jwk] } });
  });
  const sign = (
    claims: Record<string, unknown>,
    { exp = '10m', iss = TOKEN_ISSUER, aud = TOKEN_AUDIENCE, key = signer.privateKey } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject(USER)
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(key);

  it('returns no actor when there is no header', async () => {
    expect(await verify(undefined)).toBeNull();
  });

  it('turns valid claims into an actor', async () => {
    const token = await sign({ trust: TRUST, role: 'TECHNICIAN', schools: [TRUST], sid: USER });
    expect(await verify(`Bearer ${token}`)).toEqual({
      userId: USER,
      trustId: TRUST,
      role: 'TECHNICIAN',
      schoolIds: [TRUST],
      sessionId: USER,
      issuedAt: expect.any(Number),
    });
  });

  it('refuses a session id that is not a UUID', async () => {
    const token = await sign({ trust: TRUST, role: 'TECHNICIAN', sid: 'one' });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('reads an empty school list as no school, and no list as every school', async () => {
    expect(await verify(`Bearer ${await sign({ trust: TRUST, role: 'TECHNICIAN', schools: [] })}`)).toMatchObject({
      schoolIds: [],
    });
    expect(await verify(`Bearer ${await sign({ trust: TRUST, role: 'IT_DIRECTOR' })}`)).toMatchObject({
      schoolIds: null,
    });
  });

  /** Signed by our key but shaped as directory never issues: a token without expiry would work for ever. */
  const shaped = (build: (jwt: SignJWT) => SignJWT) =>
    build(
      new SignJWT({ trust: TRUST, role: 'STAFF' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject(USER)
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE),
    ).sign(signer.privateKey);

  it.each([
    { title: 'a token without exp', make: () => shaped((jwt) => jwt.setIssuedAt()) },
    { title: 'a token without iat', make: () => shaped((jwt) => jwt.setExpirationTime('10m')) },
    {
      title: 'a token that lives longer than issued',
      make: () => shaped((jwt) => jwt.setIssuedAt().setExpirationTime('16m')),
    },
    {
      title: 'a token issued in the future',
      make: () => shaped((jwt) => jwt.setIssuedAt(Math.floor(Date.now() / 1000) + 3600).setExpirationTime('2h')),
    },
    {
      title: 'a token without an audience',
      make: () =>
        new SignJWT({ trust: TRUST, role: 'STAFF' })
          .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
          .setSubject(USER)
          .setIssuer(TOKEN_ISSUER)
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(signer.privateKey),
    },
  ])('refuses $title as UNAUTHENTICATED', async ({ make }) => {
    await expect(verify(`Bearer ${await make()}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    { title: 'a header without Bearer', make: async () => 'Basic abc', message: /Bearer/ },
    {
      title: 'an expired token',
      make: async () => `Bearer ${await sign({ trust: TRUST, role: 'STAFF' }, { exp: '-1m' })}`,
      message: /expired/,
    },
    {
      title: 'another issuer',
      make: async () => `Bearer ${await sign({ trust: TRUST, role: 'STAFF' }, { iss: 'evil' })}`,
      message: /not valid/,
    },
    {
      title: 'an unknown role',
      make: async () => `Bearer ${await sign({ trust: TRUST, role: 'ROOT' })}`,
      message: /not valid/,
    },
    {
      title: 'a trust that is not a uuid',
      make: async () => `Bearer ${await sign({ trust: "x' OR 1=1", role: 'STAFF' })}`,
      message: /not valid/,
    },
    {
      title: 'another key',
      make: async () => `Bearer ${await sign({ trust: TRUST, role: 'STAFF' }, { key: (await keyPair()).privateKey })}`,
      message: /not valid/,
    },
  ])('refuses $title as UNAUTHENTICATED', async ({ make, message }) => {
    const header = await make();
    const error = await verify(header).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(message) });
  });

  it.each([
    { title: 'nothing listens where the keys are published', status: null },
    { title: 'directory answers 503 while restarting', status: 503 },
  ])('answers SERVICE_UNAVAILABLE, not UNAUTHENTICATED, when $title', async ({ status }) => {
    const server = createServer((_req, res) => res.writeHead(status ?? 200).end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    if (status === null) await new Promise((resolve) => server.close(resolve));
    try {
      const remote = createTokenVerifier({ jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json` });
      await expect(remote(`Bearer ${await sign({ trust: TRUST, role: 'STAFF' })}`)).rejects.toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        category: 'UNAVAILABLE',
      });
    } finally {
      if (status !== null) await new Promise((resolve) => server.close(resolve));
    }
  });
});
