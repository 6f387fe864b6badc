import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { Client } from 'pg';
import { Role, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@trustops/service-kit';

/**
 * A benchmark-only shortcut: a token signed with directory's own key (read with the administrator connection to the
 * bench database) for a trust directory has never heard of.
 */
export async function benchToken(
  adminUrl: string,
  database: string,
  trustId: string,
  role: Role,
  subject: string = randomUUID(),
): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  const [key] = (await admin.query('SELECT kid, private_jwk FROM directory.signing_key WHERE retired_at IS NULL')).rows;
  await admin.end();
  return (
    new SignJWT({ trust: trustId, role })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setSubject(subject)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      // Access tokens live 15 minutes at most: the services refuse any that claims longer.
      .setExpirationTime('15m')
      .sign(await importJWK(key.private_jwk, 'ES256'))
  );
}
