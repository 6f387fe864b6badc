import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Waiting changes of email: the system role only (they belong to an account, not a trust). */
@Injectable()
export class EmailChangeRepository {
  /** A new link replaces any the account has open: only the latest asked-for address can be confirmed. */
  async open(em: EntityManager, userId: string, newEmail: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await em.query('UPDATE directory.email_change SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [
      userId,
    ]);
    await em.query(
      'INSERT INTO directory.email_change (user_id, new_email, token_hash, expires_at) VALUES ($1, $2, $3, $4)',
      [userId, newEmail, tokenHash, expiresAt],
    );
  }

  /** Uses the link if it is still good: single use, so a second (or concurrent) use finds nothing. */
  async use(em: EntityManager, tokenHash: string, now: Date): Promise<{ userId: string; newEmail: string } | null> {
    const [rows] = (await em.query(
      `UPDATE directory.email_change SET used_at = $2
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id AS "userId", new_email AS "newEmail"`,
      [tokenHash, now],
    )) as [{ userId: string; newEmail: string }[], number];
    return rows[0] ?? null;
  }

  async setEmail(em: EntityManager, userId: string, email: string): Promise<void> {
    await em.query('UPDATE directory.app_user SET email = $2 WHERE id = $1', [userId, email]);
  }
}
