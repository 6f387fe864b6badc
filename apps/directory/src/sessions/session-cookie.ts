/** The refresh token's cookie: sent back only to the refresh door, never readable by the page's script. */
export const SESSION_COOKIE = 'trustops_session';
export const SESSION_PATH = '/files/directory/session';

/** Secure everywhere but a dashboard on this machine over plain http (development). */
export const secureCookie = (publicUrl: string): boolean =>
  !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(publicUrl);

/**
 * A browser-session cookie (no Max-Age): closing the browser on a shared classroom computer signs its user out.
 * The server still ends the session after 14 idle days or 30 in all. `maxAgeMs` only to clear it.
 */
export function sessionCookie(value: string, secure: boolean, maxAgeMs?: number): string {
  const parts = [`${SESSION_COOKIE}=${value}`, `Path=${SESSION_PATH}`];
  if (maxAgeMs !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}`);
  parts.push('HttpOnly', 'SameSite=Strict');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export const clearedSessionCookie = (secure: boolean): string => sessionCookie('', secure, 0);

/** A cookie's value from a Cookie header, if it is there (the session cookie unless named). */
export function readSessionCookie(header: string | undefined, wanted = SESSION_COOKIE): string | null {
  for (const pair of (header ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === wanted && value.length) return value.join('=') || null;
  }
  return null;
}

/**
 * Ties a single sign-on to the browser that started it (against login CSRF): set by /sso/start, required by
 * /sso/callback. SameSite=Lax, because the provider sends the browser back with a top-level GET from its site.
 */
export const SSO_COOKIE = 'trustops_sso';
export function ssoCookie(value: string, secure: boolean, maxAgeMs: number): string {
  const parts = [`${SSO_COOKIE}=${value}`, 'Path=/files/directory/sso', `Max-Age=${Math.floor(maxAgeMs / 1000)}`];
  parts.push('HttpOnly', 'SameSite=Lax');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
