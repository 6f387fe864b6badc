import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import type { EntityManager } from 'typeorm';

/** The writes a sync makes to members beyond what the People page makes (the MIS link, leaving marks). */
@Injectable()
export class RosterMembersRepository {
  constructor(private readonly db: TenantDb) {}

  private q<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db.em().query(sql, params);
  }

  /** Kept in step by this source from now on (the MIS id known), listed by the MIS again, with the MIS's name. */
  async link(userId: string, sourceId: string, misId: string, displayName: string | undefined): Promise<void> {
    await this.q(
      `UPDATE directory.membership SET roster_source_id = $2, mis_id = $3, mis_left_at = NULL,
         display_name = coalesce($4, display_name) WHERE user_id = $1`,
      [userId, sourceId, misId, displayName ?? null],
    );
  }

  /** First found gone from the MIS; false when that is no longer so (suspended, or marked, since the preview). */
  async markLeaving(userId: string, at: Date): Promise<boolean> {
    const rows = await this.q<{ user_id: string }>(
      `UPDATE directory.membership SET mis_left_at = $2 WHERE user_id = $1 AND status = 'ACTIVE' AND mis_left_at IS NULL
       RETURNING user_id`,
      [userId, at],
    );
    return rowsOf(rows).length === 1;
  }

  /** Open invitations to an address a sync has made a member: the invitation has nothing left to do. */
  async closeInvitations(email: string, at: Date): Promise<void> {
    await this.q(
      `UPDATE directory.invitation SET revoked_at = $2 WHERE lower(email) = lower($1) AND accepted_at IS NULL
         AND revoked_at IS NULL`,
      [email, at],
    );
  }

  /** Accounts that already exist for these addresses, by lower-cased email (system role: accounts are not the trust's). */
  async accounts(em: EntityManager, emails: string[]): Promise<Map<string, string>> {
    const rows: { id: string; email: string }[] = await em.query(
      'SELECT id, lower(email) AS email FROM directory.app_user WHERE lower(email) = ANY ($1::text[])',
      [emails.map((e) => e.toLowerCase())],
    );
    return new Map(rows.map((r) => [r.email, r.id]));
  }
}

/** TypeORM answers an UPDATE … RETURNING with [rows, affected]. */
const rowsOf = <T>(answer: T[] | [T[], number]): T[] =>
  Array.isArray(answer[0]) ? (answer[0] as T[]) : (answer as T[]);
