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
  return httpOnlyCookie(SESSION_COOKIE, value, { path: SESSION_PATH, sameSite: 'Strict', secure, maxAgeMs });
}

/** An HttpOnly cookie for one path; no Max-Age makes it last as long as the browser. */
function httpOnlyCookie(
  name: string,
  value: string,
  o: { path: string; sameSite: 'Strict' | 'Lax'; secure: boolean; maxAgeMs?: number },
): string {
  const parts = [`${name}=${value}`, `Path=${o.path}`];
  if (o.maxAgeMs !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(o.maxAgeMs / 1000))}`);
  parts.push('HttpOnly', `SameSite=${o.sameSite}`);
  if (o.secure) parts.push('Secure');
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
export const ssoCookie = (value: string, secure: boolean, maxAgeMs: number): string =>
  httpOnlyCookie(SSO_COOKIE, value, { path: '/files/directory/sso', sameSite: 'Lax', secure, maxAgeMs });
