import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Role, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@trustops/service-kit';

export interface TestSigner {
  /** What a service under test gets as JWKS_JSON. */
  jwksJson: string;
  sign(
    claims: { userId: string; trustId: string; role: Role; schoolIds?: string[] },
    options?: { expiresIn?: string | number },
  ): Promise<string>;
}

/** Signs tokens the way directory does, with a key the test owns; a second signer stands for "another key". */
export async function createTestSigner(): Promise<TestSigner> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `test-${Math.random().toString(36).slice(2)}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  return {
    jwksJson: JSON.stringify({ keys: [jwk] }),
    sign: ({ userId, trustId, role, schoolIds }, options = {}) =>
      new SignJWT({ trust: trustId, role, ...(schoolIds ? { schools: schoolIds } : {}) })
        .setProtectedHeader({ alg: 'ES256', kid })
        .setSubject(userId)
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '15m')
        .sign(privateKey),
  };
}
