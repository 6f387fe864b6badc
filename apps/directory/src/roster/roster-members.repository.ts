import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import type { EntityManager } from 'typeorm';
import type { PersonRow } from '../people/people.repository';

/** A member as a sync writes them: the fields the MIS owns, and where they come from. */
export interface SyncedMember {
  userId: string;
  email: string;
  displayName: string;
  role: string;
  schoolIds: string[] | null;
  educatorLead: boolean;
  misId: string;
}

const j = (value: unknown) => JSON.stringify(value);

/**
 * The writes a sync makes, a whole batch per statement (a trust of 20,000 staff is 20 statements, not 100,000):
 * members added, changed or restored, marked as leaving, suspended.
 */
@Injectable()
export class RosterMembersRepository {
  constructor(private readonly db: TenantDb) {}

  private q<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db.em().query(sql, params);
  }

  /** Every member of the trust, as the People page reads them (read once per run, under the memberships lock). */
  members(): Promise<PersonRow[]> {
    return this.q(
      `SELECT user_id AS id, user_id AS "userId", NULL::uuid AS "invitationId", email, display_name AS "displayName", role,
         school_ids AS "schoolIds", educator_lead AS "educatorLead", status, NULL::timestamptz AS "expiresAt",
         lower(display_name) AS "sortName", tokens_valid_from AS "tokensValidFrom"
       FROM directory.membership`,
      [],
    );
  }

  /** New accounts with no password ('!' is no argon2 hash); how many were written (fewer: an address was taken). */
  async addAccounts(members: SyncedMember[]): Promise<number> {
    const result = await this.db.em().queryRunner!.query(
      `INSERT INTO directory.app_user (id, email, display_name, password_hash)
       SELECT x.id, x.email, x.name, '!' FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, email text, name text)
       ON CONFLICT DO NOTHING`,
      [j(members.map((m) => ({ id: m.userId, email: m.email, name: m.displayName })))],
      true,
    );
    return result.affected ?? 0;
  }

  /** Memberships for these accounts, linked to the source; the user ids actually added (not those already members). */
  async addMemberships(sourceId: string, members: SyncedMember[]): Promise<Set<string>> {
    const rows = await this.q<{ user_id: string }>(
      `INSERT INTO directory.membership (user_id, role, school_ids, educator_lead, email, display_name, roster_source_id, mis_id)
       SELECT x.user_id, x.role, x.school_ids, x.educator_lead, x.email, x.display_name, $2, x.mis_id
       FROM jsonb_to_recordset($1::jsonb)
         AS x(user_id uuid, role text, school_ids uuid[], educator_lead boolean, email text, display_name text, mis_id text)
       ON CONFLICT (trust_id, user_id) DO NOTHING RETURNING user_id`,
      [j(members.map(record)), sourceId],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** Fields the MIS owns, the link to the source, active again and no longer leaving. */
  async update(sourceId: string, members: SyncedMember[]): Promise<void> {
    await this.q(
      `UPDATE directory.membership m SET role = x.role, school_ids = x.school_ids, educator_lead = x.educator_lead,
         display_name = x.display_name, roster_source_id = $2, mis_id = x.mis_id, mis_left_at = NULL,
         status = 'ACTIVE', suspended_at = NULL
       FROM jsonb_to_recordset($1::jsonb)
         AS x(user_id uuid, role text, school_ids uuid[], educator_lead boolean, email text, display_name text, mis_id text)
       WHERE m.user_id = x.user_id`,
      [j(members.map(record)), sourceId],
    );
  }

  /** First found gone from the MIS; the ids marked (still this source's, not suspended or marked since the preview). */
  async markLeaving(sourceId: string, userIds: string[], at: Date): Promise<Set<string>> {
    return this.ids(
      `UPDATE directory.membership SET mis_left_at = $2
       WHERE user_id = ANY ($1::uuid[]) AND roster_source_id = $3 AND status = 'ACTIVE' AND mis_left_at IS NULL
       RETURNING user_id`,
      [userIds, at, sourceId],
    );
  }

  /**
   * Suspended by the sync (still this source's and active): `mis_left_at` stays set, which is how a later sync knows
   * it may restore them; a suspension by hand clears it.
   */
  async suspend(sourceId: string, userIds: string[], at: Date): Promise<Set<string>> {
    return this.ids(
      `UPDATE directory.membership SET status = 'SUSPENDED', suspended_at = $2, mis_left_at = coalesce(mis_left_at, $2)
       WHERE user_id = ANY ($1::uuid[]) AND roster_source_id = $3 AND status = 'ACTIVE' RETURNING user_id`,
      [userIds, at, sourceId],
    );
  }

  /** Open invitations to addresses a sync has made members: they have nothing left to do. */
  async closeInvitations(emails: string[], at: Date): Promise<void> {
    await this.q(
      `UPDATE directory.invitation SET revoked_at = $2 WHERE lower(email) = ANY ($1::text[]) AND accepted_at IS NULL
         AND revoked_at IS NULL`,
      [emails.map((e) => e.toLowerCase()), at],
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

  private async ids(sql: string, params: unknown[]): Promise<Set<string>> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = (await this.db.em().query(sql, params)) as [{ user_id: string }[], number];
    return new Set(rows.map((r) => r.user_id));
  }
}

const record = (m: SyncedMember) => ({
  user_id: m.userId,
  role: m.role,
  school_ids: m.schoolIds,
  educator_lead: m.educatorLead,
  email: m.email,
  display_name: m.displayName,
  mis_id: m.misId,
});
