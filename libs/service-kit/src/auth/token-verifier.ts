import { createLocalJWKSet, createRemoteJWKSet, errors, JSONWebKeySet, jwtVerify } from 'jose';
import { unauthenticated } from '../errors/domain-error';
import { isUnavailable, serviceUnavailable } from '../errors/unavailable';
import { isUuid } from '../validation';
import { Actor, actorFromClaims, ROLES, TokenClaims } from './actor';

export const TOKEN_ISSUER = 'trustops-directory';
export const TOKEN_AUDIENCE = 'trustops';
/**
 * How long an access token lives: directory issues them for 15 minutes (a refresh token renews them), and one
 * that claims to live longer was not issued by us.
 */
export const TOKEN_LIFETIME_SECONDS = 15 * 60;
/** Clocks of two machines disagree a little; no more than this. */
const CLOCK_SKEW_SECONDS = 60;
const MAX_REMEMBERED = 10_000;

export type TokenVerifier = (authorization: string | undefined) => Promise<Actor | null>;

/**
 * Every service checks tokens itself against directory's published keys (the gateway is not the only
 * check). No header: anonymous (null). A header that is not a valid, unexpired token of ours: UNAUTHENTICATED.
 */
export function createTokenVerifier(source: {
  jwksUrl?: string;
  jwksJson?: string;
  jwks?: JSONWebKeySet;
}): TokenVerifier {
  const local = source.jwks ?? (source.jwksJson ? (JSON.parse(source.jwksJson) as JSONWebKeySet) : undefined);
  const keys = local
    ? createLocalJWKSet(local)
    : createRemoteJWKSet(new URL(source.jwksUrl!), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 });
  // A verified token is remembered until it expires: a signature check costs more than the query it guards.
  const verified = new Map<string, { actor: Actor; expiresAt: number }>();
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer (\S+)$/.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const known = verified.get(match[1]);
    if (known && known.expiresAt > Date.now()) return known.actor;
    try {
      const { payload } = await jwtVerify(match[1], keys, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['exp', 'iat', 'iss', 'aud', 'sub'],
        clockTolerance: CLOCK_SKEW_SECONDS,
      });
      checkLifetime(payload.iat!, payload.exp!);
      const actor = actorFromClaims(checkClaims(payload as unknown as TokenClaims));
      if (verified.size >= MAX_REMEMBERED) verified.clear();
      verified.set(match[1], { actor, expiresAt: (payload.exp ?? 0) * 1000 });
      return actor;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Your session has expired; sign in again');
      // Directory restarting while the keys are fetched says nothing about the token: the caller should wait, not sign in again.
      if (keysUnreachable(error)) throw serviceUnavailable();
      if (error instanceof errors.JOSEError || (error as Error)?.name === 'TypeError')
        throw unauthenticated('The access token is not valid; sign in again');
      throw error;
    }
  };
}

/** A token that claims to live longer than directory issues them, or to be issued in the future, was not issued by us. */
function checkLifetime(iat: number, exp: number): void {
  const now = Date.now() / 1000;
  if (exp - iat > TOKEN_LIFETIME_SECONDS || iat > now + CLOCK_SKEW_SECONDS)
    throw new TypeError('token lifetime longer than issued');
}

/** The published keys could not be fetched: a timeout, no answer, or an answer other than 200. */
function keysUnreachable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout) return true;
  if (error instanceof errors.JOSEError && /Expected 200 OK/.test(error.message)) return true;
  return !(error instanceof errors.JOSEError) && isUnavailable(error);
}

function checkClaims(claims: TokenClaims): TokenClaims {
  const schoolsOk =
    claims.schools === undefined || (Array.isArray(claims.schools) && claims.schools.every((s) => isUuid(s)));
  const sessionOk = claims.sid === undefined || isUuid(claims.sid);
  if (!isUuid(claims.sub) || !isUuid(claims.trust) || !ROLES.includes(claims.role) || !schoolsOk || !sessionOk) {
    throw new TypeError('token claims malformed');
  }
  return claims;
}
