/** How long what a sign-in gives lasts. Access tokens: TOKEN_LIFETIME_SECONDS (15 minutes). */
export const SESSION_LIMITS = {
  /** The token a sign-in hands the dashboard, to exchange once for the cookie. */
  handoffMs: 2 * 60_000,
  /** A refresh token unused this long has expired: a fortnight off (half term) means signing in again. */
  idleMs: 14 * 24 * 3_600_000,
  /** However often it is renewed, a session ends after this. */
  maxMs: 30 * 24 * 3_600_000,
};

/** A presented refresh token as the database holds it, with its session. */
export interface PresentedToken {
  handoff: boolean;
  usedAt: Date | null;
  expiresAt: Date;
  sessionEndedAt: Date | null;
  sessionExpiresAt: Date;
}

export type RefreshVerdict = 'ok' | 'unknown' | 'reused' | 'ended' | 'expired';

/**
 * Whether a refresh token renews its session. A token used before is the sign of a copy (the OAuth 2.0 security
 * BCP's refresh token rotation): `reused` ends the whole session. `viaHandoff`: presented in the body (straight
 * after a sign-in), which only the hand-off token may be; a cookie never carries one.
 */
export function judgeRefresh(token: PresentedToken | undefined, viaHandoff: boolean, now: Date): RefreshVerdict {
  if (!token || token.handoff !== viaHandoff) return 'unknown';
  if (token.sessionEndedAt) return 'ended';
  if (token.usedAt) return 'reused';
  if (token.expiresAt <= now || token.sessionExpiresAt <= now) return 'expired';
  return 'ok';
}

/**
 * From when tokens count after signing out everywhere: the next whole second (tokens carry whole seconds), so
 * every token issued up to now is refused and the next one issued is not.
 */
export const tokensValidFrom = (now: Date): Date => new Date((Math.floor(now.getTime() / 1000) + 1) * 1000);
