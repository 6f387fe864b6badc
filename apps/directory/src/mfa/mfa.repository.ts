import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface Factor {
  secret: string;
  confirmed: boolean;
  lastStep: number;
  /** Until when no code is taken (after too many wrong ones in a row), if it is locked. */
  lockedUntil: Date | null;
}

export interface Challenge {
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
  failures: number;
}

/** Authenticator secrets, recovery codes and sign-in challenges: the system role's alone. */
@Injectable()
export class MfaRepository {
  async factor(em: EntityManager, userId: string): Promise<Factor | null> {
    const [row] = await em.query(
      `SELECT secret, confirmed_at IS NOT NULL AS confirmed, last_step::float8 AS "lastStep",
         locked_until AS "lockedUntil" FROM directory.mfa_factor WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    return row ?? null;
  }

  /** A new secret being set up (replacing one not confirmed); false when one is confirmed already. */
  async putPending(em: EntityManager, userId: string, secret: string): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO directory.mfa_factor (user_id, secret) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = now(), last_step = 0
       WHERE directory.mfa_factor.confirmed_at IS NULL RETURNING user_id`,
      [userId, secret],
    );
    return rows.length > 0;
  }

  /** Takes a code's step if it is later than the last one taken (a code works once). */
  async takeStep(em: EntityManager, userId: string, step: number, confirm: boolean): Promise<boolean> {
    const [rows] = (await em.query(
      `UPDATE directory.mfa_factor SET last_step = $2, failures = 0, locked_until = NULL,
         confirmed_at = CASE WHEN $3 THEN now() ELSE confirmed_at END
       WHERE user_id = $1 AND last_step < $2 RETURNING user_id`,
      [userId, step, confirm],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** A wrong code: counted, and the `limit`th in a row locks the factor until `lockUntil`. */
  async countFailure(em: EntityManager, userId: string, limit: number, lockUntil: Date): Promise<void> {
    await em.query(
      `UPDATE directory.mfa_factor SET failures = CASE WHEN failures + 1 >= $2 THEN 0 ELSE failures + 1 END,
         locked_until = CASE WHEN failures + 1 >= $2 THEN $3 ELSE locked_until END
       WHERE user_id = $1`,
      [userId, limit, lockUntil],
    );
  }

  async clearFailures(em: EntityManager, userId: string): Promise<void> {
    await em.query('UPDATE directory.mfa_factor SET failures = 0, locked_until = NULL WHERE user_id = $1', [userId]);
  }

  async replaceRecoveryCodes(em: EntityManager, userId: string, hashes: string[]): Promise<void> {
    await em.query('DELETE FROM directory.mfa_recovery_code WHERE user_id = $1', [userId]);
    await em.query('INSERT INTO directory.mfa_recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])', [
      userId,
      hashes,
    ]);
  }

  async useRecoveryCode(em: EntityManager, userId: string, hash: string): Promise<boolean> {
    const [rows] = (await em.query(
      `UPDATE directory.mfa_recovery_code SET used_at = now()
       WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, hash],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  async recoveryCodesLeft(em: EntityManager, userId: string): Promise<number> {
    const [row] = await em.query(
      'SELECT count(*)::int AS n FROM directory.mfa_recovery_code WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
    return row.n;
  }

  async remove(em: EntityManager, userId: string): Promise<void> {
    await em.query('DELETE FROM directory.mfa_recovery_code WHERE user_id = $1', [userId]);
    await em.query('DELETE FROM directory.mfa_factor WHERE user_id = $1', [userId]);
  }

  /** Whether any active membership of the account is an IT director or engineer in a trust that asks for it. */
  async requiredFor(em: EntityManager, userId: string): Promise<boolean> {
    const [row] = await em.query(
      `SELECT coalesce(bool_or(t.mfa_required), false) AS required FROM directory.membership m
       JOIN directory.trust t ON t.id = m.trust_id
       WHERE m.user_id = $1 AND m.status = 'ACTIVE' AND m.role IN ('IT_DIRECTOR', 'ENGINEER')`,
      [userId],
    );
    return row.required;
  }

  async addChallenge(em: EntityManager, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await em.query('INSERT INTO directory.mfa_challenge (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
      tokenHash,
      userId,
      expiresAt,
    ]);
  }

  async challenge(em: EntityManager, tokenHash: string): Promise<Challenge | null> {
    const [row] = await em.query(
      `SELECT user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt", failures
       FROM directory.mfa_challenge WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return row ?? null;
  }

  async failChallenge(em: EntityManager, tokenHash: string): Promise<void> {
    await em.query('UPDATE directory.mfa_challenge SET failures = failures + 1 WHERE token_hash = $1', [tokenHash]);
  }

  async useChallenge(em: EntityManager, tokenHash: string, now: Date): Promise<void> {
    await em.query('UPDATE directory.mfa_challenge SET used_at = $2 WHERE token_hash = $1', [tokenHash, now]);
  }

  async trustRequires(em: EntityManager, trustId: string): Promise<boolean> {
    const [row] = await em.query('SELECT mfa_required AS required FROM directory.trust WHERE id = $1', [trustId]);
    return row?.required ?? false;
  }

  async setTrustRequires(em: EntityManager, trustId: string, required: boolean): Promise<void> {
    await em.query('UPDATE directory.trust SET mfa_required = $2 WHERE id = $1', [trustId, required]);
  }
}
