import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30 seconds. */
const PERIOD = 30;
const totp = (secret: string, account = '') =>
  new TOTP({ issuer: 'TrustOps', label: account, algorithm: 'SHA1', digits: 6, period: PERIOD, secret });

/** A new 160-bit secret, base32 (what authenticator apps take when typed in). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// address a QR code carries: the app names the entry "TrustOps (email)". */
export const otpauthUri = (secret: string, account: string): string => totp(secret, account).toString();

/**
 * The 30-second step a code belongs to, if it is right now or one step either side (a phone's clock drifts),
 * and later than `lastStep`: a code that signed in once is not taken again within its window.
 */
export function acceptedStep(secret: string, code: string, lastStep: number, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  return step > lastStep ? step : null;
}

/** The code an app shows at `now` (tests and the bench stand in for the phone). */
export const codeAt = (secret: string, now: Date): string => totp(secret).generate({ timestamp: now.getTime() });

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten recovery codes, `xxxxx-xxxxx` (about 49 bits each), easy to read off paper: no 0/o, 1/l/i. */
export function newRecoveryCodes(count = 10): string[] {
  const part = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: count }, () => `${part()}-${part()}`);
}

/** A recovery code as typed (any case, spaces or no dash) to the hash kept of it. */
export const recoveryCodeHash = (typed: string): string =>
  createHash('sha256')
    .update(typed.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .digest('hex');

/** Whether what was typed looks like a recovery code rather than a six-digit one. */
export const isRecoveryCode = (typed: string): boolean => typed.replace(/[^A-Za-z0-9]/g, '').length === 10;
