import { exportJWK, generateKeyPair, importJWK, JSONWebKeySet, JWK, SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, TokenClaims } from '@trustops/service-kit';

export interface SigningKeys {
  jwks: JSONWebKeySet;
  /** `issuedAt` (seconds): now unless given; a token is never issued before its holder's tokens count. */
  sign(claims: TokenClaims, ttlSeconds: number, issuedAt?: number): Promise<{ token: string; expiresAt: Date }>;
}

const ALG = 'ES256';

/**
 * Loads the active signing key, creating one on first start. The key lives in directory's own table (read by
 * the owner role only), so every replica signs with the same key; retired keys stay published until expiry.
 */
const loaded = new WeakMap<DataSource, Promise<SigningKeys>>();

/** One load per data source: the token verifier and the signer share the same keys. */
export function signingKeysFor(dataSource: DataSource): Promise<SigningKeys> {
  let keys = loaded.get(dataSource);
  if (!keys) {
    keys = loadSigningKeys(dataSource);
    loaded.set(dataSource, keys);
  }
  return keys;
}

async function loadSigningKeys(dataSource: DataSource): Promise<SigningKeys> {
  let rows: { kid: string; private_jwk: JWK; public_jwk: JWK; retired_at: Date | null }[] = await dataSource.query(
    'SELECT kid, private_jwk, public_jwk, retired_at FROM directory.signing_key ORDER BY created_at',
  );
  if (!rows.some((r) => !r.retired_at)) {
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = `k${Date.now().toString(36)}`;
    await dataSource.query(
      `INSERT INTO directory.signing_key (kid, private_jwk, public_jwk)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM directory.signing_key WHERE retired_at IS NULL)`,
      [kid, await exportJWK(privateKey), { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' }],
    );
    rows = await dataSource.query(
      'SELECT kid, private_jwk, public_jwk, retired_at FROM directory.signing_key ORDER BY created_at',
    );
  }
  const active = rows.find((r) => !r.retired_at)!;
  const privateKey = await importJWK(active.private_jwk, ALG);
  return {
    jwks: { keys: rows.map((r) => r.public_jwk) },
    async sign(claims, ttlSeconds, issuedAt = Math.floor(Date.now() / 1000)) {
      const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
      const { sub, ...rest } = claims;
      const token = await new SignJWT({ ...rest })
        .setProtectedHeader({ alg: ALG, kid: active.kid })
        .setSubject(sub)
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(privateKey);
      return { token, expiresAt };
    },
  };
}
