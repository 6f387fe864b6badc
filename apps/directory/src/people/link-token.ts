import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_DAYS = 7;

/** A one-time secret for an emailed link (256 bits) and the hash that is all the database keeps of it. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * A dashboard page's link in an email (`invitation`, `reset-password`): the token rides in the fragment, which
 * browsers never send to a server or in a Referer, so it stays out of access logs and third parties.
 */
export const tokenLink = (publicUrl: string, page: string, token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/${page}#token=${token}`;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** Trimmed and lower-cased, or null when it cannot be an address mail could reach. */
export function normalEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}
