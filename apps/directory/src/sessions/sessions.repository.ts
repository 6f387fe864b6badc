import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PresentedToken } from './session-rules';

export interface SessionRow extends PresentedToken {
  sessionId: string;
  userId: string;
  trustId: string;
}

/** Sessions and their refresh tokens: the system role's alone (an account's, not a trust's). */
@Injectable()
export class SessionsRepository {
  /** `singleTrust`: begun at a trust's identity provider, the session never moves to another trust. */
  async open(
    em: EntityManager,
    userId: string,
    trustId: string,
    expiresAt: Date,
    singleTrust = false,
  ): Promise<string> {
    const [row] = await em.query(
      'INSERT INTO directory.session (user_id, trust_id, expires_at, single_trust) VALUES ($1, $2, $3, $4) RETURNING id',
      [userId, trustId, expiresAt, singleTrust],
    );
    return row.id;
  }

  async addToken(
    em: EntityManager,
    sessionId: string,
    tokenHash: string,
    expiresAt: Date,
    handoff = false,
  ): Promise<void> {
    await em.query(
      'INSERT INTO directory.refresh_token (token_hash, session_id, expires_at, handoff) VALUES ($1, $2, $3, $4)',
      [tokenHash, sessionId, expiresAt, handoff],
    );
  }

  /** The token and its session, the session locked: two renewals of one session take turns. */
  async presented(em: EntityManager, tokenHash: string): Promise<SessionRow | undefined> {
    const [row] = await em.query(
      `SELECT s.id AS "sessionId", s.user_id AS "userId", s.trust_id AS "trustId", t.handoff, t.used_at AS "usedAt",
         t.expires_at AS "expiresAt", s.ended_at AS "sessionEndedAt", s.expires_at AS "sessionExpiresAt",
         EXISTS (SELECT 1 FROM directory.refresh_token n WHERE n.session_id = t.session_id
           AND n.created_at > t.created_at AND n.used_at IS NOT NULL) AS "successorUsed"
       FROM directory.refresh_token t JOIN directory.session s ON s.id = t.session_id
       WHERE t.token_hash = $1 FOR UPDATE OF s`,
      [tokenHash],
    );
    return row;
  }

  /**
   * Marks the token used (a retry keeps its first use) and forgets the session's other unused tokens (a retry's lost
   * successor) and those that have expired (reuse of those is refused anyway).
   */
  async useToken(em: EntityManager, sessionId: string, tokenHash: string, now: Date): Promise<void> {
    await em.query('UPDATE directory.refresh_token SET used_at = coalesce(used_at, $2) WHERE token_hash = $1', [
      tokenHash,
      now,
    ]);
    await em.query(
      'DELETE FROM directory.refresh_token WHERE session_id = $1 AND token_hash <> $2 AND used_at IS NULL AND NOT handoff',
      [sessionId, tokenHash],
    );
    await em.query('DELETE FROM directory.refresh_token WHERE session_id = $1 AND expires_at < $2', [sessionId, now]);
    await em.query('UPDATE directory.session SET last_used_at = $2 WHERE id = $1', [sessionId, now]);
  }

  async end(em: EntityManager, sessionId: string, reason: string, now: Date): Promise<void> {
    await em.query('UPDATE directory.session SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL', [
      sessionId,
      now,
      reason,
    ]);
  }

  /** Ends every open session of the account but `keep` (the one asking, after a password change). */
  async endAllOf(em: EntityManager, userId: string, reason: string, now: Date, keep?: string): Promise<number> {
    const [, count] = (await em.query(
      `UPDATE directory.session SET ended_at = $2, end_reason = $3
       WHERE user_id = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $4`,
      [userId, now, reason, keep ?? null],
    )) as [unknown, number];
    return count;
  }

  /**
   * A session follows its account into another trust (switchTrust), so a reload stays in that trust. False when the
   * session has ended or expired: no new token comes of it.
   */
  async moveTo(
    em: EntityManager,
    sessionId: string,
    userId: string,
    trustId: string,
    now: Date,
  ): Promise<'moved' | 'ended' | 'single-trust'> {
    const [rows] = (await em.query(
      `UPDATE directory.session SET trust_id = CASE WHEN single_trust THEN trust_id ELSE $3 END
       WHERE id = $1 AND user_id = $2 AND ended_at IS NULL AND expires_at > $4
       RETURNING single_trust AND trust_id <> $3 AS held`,
      [sessionId, userId, trustId, now],
    )) as [{ held: boolean }[], number];
    if (!rows.length) return 'ended';
    return rows[0].held ? 'single-trust' : 'moved';
  }
}
