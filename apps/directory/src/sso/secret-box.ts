import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Seals a secret TrustOps must keep but never show (an identity provider's client secret): AES-256-GCM under a
 * key from configuration (`SSO_SECRET_KEY`, 32 bytes in base64). The sealed form names its key (`k1.`), so a new
 * key can be introduced beside the old one. Outside production, a fixed development key stands in.
 */
export class SecretBox {
  private readonly key: Buffer;
  readonly keyId: string;

  constructor(base64Key: string) {
    const key = Buffer.from(base64Key, 'base64');
    if (key.length !== 32) throw new Error('SSO_SECRET_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
    this.key = key;
    this.keyId = `k${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [this.keyId, iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  open(sealed: string): string {
    const [keyId, iv, tag, body] = sealed.split('.');
    if (keyId !== this.keyId) throw new Error(`sealed with key ${keyId}, which this configuration does not hold`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/** Development only: a key anyone can read in this file, so production refuses to start without its own. */
const DEVELOPMENT_KEY = Buffer.alloc(32, 'trustops-development-only-key').toString('base64');

export function secretBoxFrom(env: NodeJS.ProcessEnv = process.env): SecretBox {
  const key = env.SSO_SECRET_KEY;
  if (key) return new SecretBox(key);
  if (env.NODE_ENV === 'production')
    throw new Error('SSO_SECRET_KEY is required in production (32 bytes in base64: openssl rand -base64 32)');
  return new SecretBox(DEVELOPMENT_KEY);
}
