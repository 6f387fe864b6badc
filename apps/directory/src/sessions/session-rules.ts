/** How long what a sign-in gives lasts. Access tokens: TOKEN_LIFETIME_SECONDS (15 minutes). */
export const SESSION_LIMITS = {
  /** The token a sign-in hands the dashboard, to exchange once for the cookie (time to save recovery codes). */
  handoffMs: 10 * 60_000,
  /**
   * A renewal whose answer was lost (a reload mid-renewal, a dropped connection) sends the replaced token again:
   * within this long, while its successor is unused, that is a retry and not a copy.
   */
  retryMs: 30_000,
  /** A refresh token unused this long has expired: a fortnight off (half term) means signing in again. */
  idleMs: 14 * 24 * 3_600_000,
  /** However often it is renewed, a session ends after this. */
  maxMs: 30 * 24 * 3_600_000,
  /**
   * A session begun without the second step the trust requires of the person (joining by invitation, first-run
   * setup: no app set up yet) lasts a working day; the next sign-in sets the app up on the way in.
   */
  withoutSecondStepMs: 12 * 3_600_000,
};

/** A presented refresh token as the database holds it, with its session. */
export interface PresentedToken {
  handoff: boolean;
  usedAt: Date | null;
  /** Whether the token that replaced this one has been used in turn (false when none replaced it yet). */
  successorUsed: boolean;
  expiresAt: Date;
  sessionEndedAt: Date | null;
  sessionExpiresAt: Date;
}

export type RefreshVerdict = 'ok' | 'retry' | 'unknown' | 'reused' | 'ended' | 'expired';

/**
 * Whether a refresh token renews its session. A token used before is the sign of a copy (the OAuth 2.0 security
 * BCP's refresh token rotation): `reused` ends the whole session, unless it is the dashboard asking again for an
 * answer it lost (`retry`: just used, and what replaced it not used yet). `viaHandoff`: presented in the body (straight
 * after a sign-in), which only the hand-off token may be; a cookie never carries one.
 */
export function judgeRefresh(token: PresentedToken | undefined, viaHandoff: boolean, now: Date): RefreshVerdict {
  if (!token || token.handoff !== viaHandoff) return 'unknown';
  if (token.sessionEndedAt) return 'ended';
  if (token.expiresAt <= now || token.sessionExpiresAt <= now) return 'expired';
  if (!token.usedAt) return 'ok';
  const lostAnswer = !token.successorUsed && now.getTime() - token.usedAt.getTime() <= SESSION_LIMITS.retryMs;
  return lostAnswer ? 'retry' : 'reused';
}

/**
 * From when tokens count after signing out everywhere: the next whole second (tokens carry whole seconds), so
 * every token issued up to now is refused and the next one issued is not.
 */
export const tokensValidFrom = (now: Date): Date => new Date((Math.floor(now.getTime() / 1000) + 1) * 1000);
