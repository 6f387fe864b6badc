import { clearedSessionCookie, readSessionCookie, secureCookie, sessionCookie } from './session-cookie';

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict, scoped to the refresh door, and gone when the browser closes', () => {
    expect(sessionCookie('abc', true)).toBe(
      'trustops_session=abc; Path=/files/directory/session; HttpOnly; SameSite=Strict; Secure',
    );
  });

  it('is Secure outside a local development dashboard', () => {
    expect(secureCookie('http://localhost:5173')).toBe(false);
    expect(secureCookie('http://127.0.0.1:4173/')).toBe(false);
    expect(secureCookie('https://trustops.example.org')).toBe(true);
    expect(secureCookie('http://localhost.evil.example')).toBe(true);
    expect(secureCookie('http://intranet.school.local')).toBe(true);
  });

  it('is cleared with an empty value that expires at once', () => {
    expect(clearedSessionCookie(false)).toMatch(/^trustops_session=; Path=\/files\/directory\/session; Max-Age=0;/);
  });

  it('is read from a Cookie header among others', () => {
    expect(readSessionCookie('a=1; trustops_session=tok=en; b=2')).toBe('tok=en');
    expect(readSessionCookie('a=1')).toBeNull();
    expect(readSessionCookie(undefined)).toBeNull();
    expect(readSessionCookie('trustops_session=')).toBeNull();
  });
});
