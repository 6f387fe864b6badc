import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface ResetRow {
  id: string;
  userId: string;
}

/** Accounts' passwords and their resets: read and written by the system role only (they belong to no trust). */
@Injectable()
export class PasswordsRepository {
  async accountByEmail(em: EntityManager, email: string): Promise<{ id: string; displayName: string } | null> {
    const [row] = await em.query(
      'SELECT id, display_name AS "displayName" FROM directory.app_user WHERE lower(email) = lower($1)',
      [email],
    );
    return row ?? null;
  }

  async passwordHash(em: EntityManager, userId: string): Promise<string | null> {
    const [row] = await em.query('SELECT password_hash AS hash FROM directory.app_user WHERE id = $1', [userId]);
    return row?.hash ?? null;
  }

  async setPasswordHash(em: EntityManager, userId: string, hash: string): Promise<void> {
    await em.query('UPDATE directory.app_user SET password_hash = $2 WHERE id = $1', [userId, hash]);
  }

  async addReset(em: EntityManager, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await em.query('INSERT INTO directory.password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, $3)', [
      userId,
      tokenHash,
      expiresAt,
    ]);
  }

  /** Uses the reset if it is still good: single use, so a second use (or a concurrent one) finds nothing. */
  async useReset(em: EntityManager, tokenHash: string, now: Date): Promise<ResetRow | null> {
    const [rows] = (await em.query(
      `UPDATE directory.password_reset SET used_at = $2
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING id, user_id AS "userId"`,
      [tokenHash, now],
    )) as [ResetRow[], number];
    return rows[0] ?? null;
  }

  /** Any other open reset of the account stops working once one is used or the password changes. */
  async closeResets(em: EntityManager, userId: string, now: Date): Promise<void> {
    await em.query('UPDATE directory.password_reset SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL', [
      userId,
      now,
    ]);
  }
}
