import { Injectable } from '@nestjs/common';
import type { Role } from '@trustops/contracts';
import { TenantDb } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import type { MemberStatus } from './member-rules';

export type PersonStatus = MemberStatus | 'INVITED';

/** A member or an open invitation, as the People page lists them. */
export interface PersonRow {
  id: string;
  userId: string | null;
  invitationId: string | null;
  email: string;
  displayName: string;
  role: Role;
  schoolIds: string[] | null;
  educatorLead: boolean;
  status: PersonStatus;
  expiresAt: Date | null;
  sortName: string;
  /** Tokens issued before it are refused (signed out everywhere, password changed); members only. */
  tokensValidFrom: Date | null;
}

export interface PeopleFilter {
  /** Already a lower-case LIKE pattern (escaped), matched against the stored lower-cased "name email". */
  pattern: string | null;
  role: Role | null;
  schoolId: string | null;
  status: PersonStatus | null;
}

export interface InvitationRow {
  id: string;
  trustId: string;
  email: string;
  displayName: string;
  role: Role;
  schoolIds: string[] | null;
  educatorLead: boolean;
  expiresAt: Date;
}

export interface MembershipFields {
  role: Role;
  schoolIds: string[] | null;
  educatorLead: boolean;
}

// A membership carries its account's name and email, so listing people reads one table (no account join).
const MEMBERS = `SELECT m.user_id AS id, m.user_id AS "userId", NULL::uuid AS "invitationId", m.email,
    m.display_name AS "displayName", m.role, m.school_ids AS "schoolIds", m.educator_lead AS "educatorLead", m.status,
    NULL::timestamptz AS "expiresAt", lower(m.display_name) AS "sortName", m.tokens_valid_from AS "tokensValidFrom"
  FROM directory.membership m`;

const OPEN_INVITATIONS = `SELECT i.id, NULL::uuid AS "userId", i.id AS "invitationId", i.email, i.display_name AS "displayName",
    i.role, i.school_ids AS "schoolIds", i.educator_lead AS "educatorLead", 'INVITED' AS status, i.expires_at AS "expiresAt",
    lower(i.display_name) AS "sortName", NULL::timestamptz AS "tokensValidFrom"
  FROM directory.invitation i WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL`;

/** The filter ($1 words pattern, $2 role, $3 school, $4 status) on one table's columns (`t` its alias). */
const filterOn = (t: string, status: string) =>
  `($1::text IS NULL OR ${t}.search LIKE $1) AND ($2::text IS NULL OR ${t}.role = $2)
   AND ($3::uuid IS NULL OR ${t}.school_ids IS NULL OR $3 = ANY (${t}.school_ids)) AND ($4::text IS NULL OR ${status} = $4)`;

// Each table is walked in (lower(name), id) order by its own index from the cursor on, 51 rows at most; the
// two short lists are merged. (A sort over a UNION of both scanned every member: 31 ms at 20,000.)
const PAGE = `SELECT * FROM (
    (${MEMBERS} WHERE ${filterOn('m', 'm.status')} AND (lower(m.display_name), m.user_id) > ($5, $6::uuid)
      ORDER BY lower(m.display_name), m.user_id LIMIT $7)
    UNION ALL
    (${OPEN_INVITATIONS} AND ${filterOn('i', "'INVITED'")} AND (lower(i.display_name), i.id) > ($5, $6::uuid)
      ORDER BY lower(i.display_name), i.id LIMIT $7)
  ) people ORDER BY "sortName", id LIMIT $7`;

const COUNT = `SELECT (SELECT count(*) FROM directory.membership m WHERE ${filterOn('m', 'm.status')})::int
  + (SELECT count(*) FROM directory.invitation i WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL
      AND ${filterOn('i', "'INVITED'")})::int AS n`;

/**
 * Words: the matches are found by one scan of each table (under row-level security no index can serve LIKE), then
 * paged and counted from that one set; the two-query path would scan twice.
 */
const SEARCH = `WITH matches AS MATERIALIZED (
    ${MEMBERS} WHERE ${filterOn('m', 'm.status')}
    UNION ALL
    ${OPEN_INVITATIONS} AND ${filterOn('i', "'INVITED'")})
  SELECT *, (SELECT count(*) FROM matches)::int AS "totalCount" FROM matches
  WHERE ("sortName", id) > ($5, $6::uuid) ORDER BY "sortName", id LIMIT $7`;

/** Before the first page: below every name (names are at least two characters) and every id. */
const START: [string, string] = ['', '00000000-0000-0000-0000-000000000000'];

const INVITATION = `SELECT id, trust_id AS "trustId", email, display_name AS "displayName", role, school_ids AS "schoolIds",
  educator_lead AS "educatorLead", expires_at AS "expiresAt" FROM directory.invitation`;

/** People of the caller's trust (RLS), and the invitations that bring them in. */
@Injectable()
export class PeopleRepository {
  constructor(private readonly db: TenantDb) {}

  private q<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.em().query(sql, params);
  }

  /** A page of people in (name, id) order after the cursor, and how many match in all. */
  async page(
    filter: PeopleFilter,
    limit: number,
    after: [string, string] | null,
  ): Promise<{ rows: PersonRow[]; total: number }> {
    const [name, id] = after ?? START;
    if (filter.pattern) {
      const rows = await this.q<PersonRow & { totalCount: number }>(SEARCH, [...params(filter), name, id, limit]);
      const total = rows[0]?.totalCount ?? (after ? await this.count(filter) : 0);
      return { rows, total };
    }
    const rows = await this.q<PersonRow>(PAGE, [...params(filter), name, id, limit]);
    return { rows, total: await this.count(filter) };
  }

  private async count(filter: PeopleFilter): Promise<number> {
    const [row] = await this.q<{ n: number }>(COUNT, params(filter));
    return row.n;
  }

  async member(userId: string): Promise<PersonRow | null> {
    const [row] = await this.q<PersonRow>(`${MEMBERS} WHERE m.user_id = $1`, [userId]);
    return row ?? null;
  }

  async memberByEmail(email: string): Promise<PersonRow | null> {
    const [row] = await this.q<PersonRow>(`${MEMBERS} WHERE lower(m.email) = lower($1)`, [email]);
    return row ?? null;
  }

  /**
   * Membership changes of one trust take turns (a transaction-scoped lock on the trust): two directors demoting
   * each other at once cannot leave it with none, nor deadlock over each other's rows.
   */
  async lockMemberships(): Promise<void> {
    await this.q(
      `SELECT pg_advisory_xact_lock(hashtextextended('memberships:' || current_setting('app.trust_id'), 0))`,
    );
  }

  /** Read under lockMemberships, so the count stays true until the change commits. */
  async activeDirectors(): Promise<number> {
    const [row] = await this.q<{ n: number }>(
      `SELECT count(*)::int AS n FROM directory.membership WHERE role = 'IT_DIRECTOR' AND status = 'ACTIVE'`,
    );
    return row.n;
  }

  /** `roleByHand`: an IT director chose the role, so roster syncs leave it alone from now on. */
  async setMembership(userId: string, fields: MembershipFields, roleByHand = false): Promise<void> {
    await this.q(
      `UPDATE directory.membership SET role = $2, school_ids = $3, educator_lead = $4,
         role_set_by_hand = role_set_by_hand OR $5 WHERE user_id = $1`,
      [userId, fields.role, fields.schoolIds, fields.educatorLead, roleByHand],
    );
  }

  /** The account's name and email as this trust's membership shows them (People lists read no other table). */
  async setDetails(userId: string, displayName: string, email: string): Promise<void> {
    await this.q('UPDATE directory.membership SET display_name = $2, email = $3 WHERE user_id = $1', [
      userId,
      displayName,
      email,
    ]);
  }

  /** The member's tokens issued before `from` are refused, here and (by membership.changed) in every service. */
  async refuseTokensBefore(userId: string, from: Date): Promise<void> {
    await this.q('UPDATE directory.membership SET tokens_valid_from = $2 WHERE user_id = $1', [userId, from]);
  }

  async setStatus(userId: string, status: MemberStatus, at: Date): Promise<void> {
    await this.q(
      // By hand: a roster sync will not restore someone suspended here (it restores only those it suspended).
      `UPDATE directory.membership SET status = $2, suspended_at = CASE WHEN $2 = 'SUSPENDED' THEN $3::timestamptz END,
         mis_left_at = CASE WHEN $2 = 'SUSPENDED' THEN NULL ELSE mis_left_at END
       WHERE user_id = $1`,
      [userId, status, at],
    );
  }

  /** How many of `ids` are open schools of the trust. */
  async openSchools(ids: string[]): Promise<number> {
    const [row] = await this.q<{ n: number }>(
      'SELECT count(*)::int AS n FROM directory.school WHERE id = ANY ($1::uuid[]) AND closed_at IS NULL',
      [ids],
    );
    return row.n;
  }

  async openInvitation(id: string): Promise<InvitationRow | null> {
    const [row] = await this.q<InvitationRow>(
      `${INVITATION} WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async openInvitationFor(email: string): Promise<InvitationRow | null> {
    const [row] = await this.q<InvitationRow>(
      `${INVITATION} WHERE lower(email) = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL FOR UPDATE`,
      [email],
    );
    return row ?? null;
  }

  async addInvitation(
    invitation: Omit<InvitationRow, 'id' | 'trustId'> & { tokenHash: string; invitedBy: string | null },
  ): Promise<InvitationRow | null> {
    // DO NOTHING: another invitation to the address, sent at the same moment, holds the one open place.
    const [row] = await this.q<InvitationRow>(
      `INSERT INTO directory.invitation (email, display_name, role, school_ids, educator_lead, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
       RETURNING id, trust_id AS "trustId", email, display_name AS "displayName", role, school_ids AS "schoolIds",
         educator_lead AS "educatorLead", expires_at AS "expiresAt"`,
      [
        invitation.email,
        invitation.displayName,
        invitation.role,
        invitation.schoolIds,
        invitation.educatorLead,
        invitation.tokenHash,
        invitation.invitedBy,
        invitation.expiresAt,
      ],
    );
    return row ?? null;
  }

  async renewInvitation(id: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.q('UPDATE directory.invitation SET token_hash = $2, expires_at = $3 WHERE id = $1', [
      id,
      tokenHash,
      expiresAt,
    ]);
  }

  async revokeInvitation(id: string, at: Date): Promise<void> {
    await this.q('UPDATE directory.invitation SET revoked_at = $2 WHERE id = $1', [id, at]);
  }

  /** Marks it accepted unless someone else got there first; false then. */
  /**
   * Marks it accepted by the link that was opened, unless that link was used, revoked or replaced (a resend) in the
   * meantime; a second acceptance at the same moment waits on this row, then finds it accepted: false.
   */
  /** tokenHash null: accepted by signing in at the trust's identity provider, not with the emailed link. */
  async acceptInvitation(id: string, tokenHash: string | null, userId: string, at: Date): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = (await this.db.em().query(
      `UPDATE directory.invitation SET accepted_at = $3, accepted_by = $2
       WHERE id = $1 AND ($4::text IS NULL OR token_hash = $4) AND accepted_at IS NULL AND revoked_at IS NULL
         AND expires_at > $3`,
      [id, userId, at, tokenHash],
    )) as [unknown[], number];
    return affected === 1;
  }

  /** A new account, written before its membership (a policy lets the trust's transaction insert it, not read it). */
  /** False when the address has an account already (made a moment ago by another way in). */
  async addUser(id: string, email: string, displayName: string, passwordHash: string): Promise<boolean> {
    // No RETURNING: the trust may not read the account until its membership exists. The row count says it.
    const result = await this.db.em().queryRunner!.query(
      `INSERT INTO directory.app_user (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
      [id, email, displayName, passwordHash],
      true,
    );
    return result.affected === 1;
  }

  /** False when they are a member already. `account` is the name and email the account has. */
  async addMembership(
    userId: string,
    fields: MembershipFields,
    account: { email: string; displayName: string },
  ): Promise<boolean> {
    const rows = await this.q<{ id: string }>(
      `INSERT INTO directory.membership (user_id, role, school_ids, educator_lead, email, display_name)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (trust_id, user_id) DO NOTHING RETURNING id`,
      [userId, fields.role, fields.schoolIds, fields.educatorLead, account.email, account.displayName],
    );
    return rows.length === 1;
  }

  // Read by the system role (the link is opened before any trust is known).

  /** The trust's open invitation for this address (system role: read before anyone is signed in). */
  async trustInvitationFor(
    em: EntityManager,
    trustId: string,
    email: string,
    now: Date,
  ): Promise<InvitationRow | null> {
    const [row] = await em.query(
      `${INVITATION} WHERE trust_id = $1 AND lower(email) = $2 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $3`,
      [trustId, email, now],
    );
    return row ?? null;
  }

  async invitationByToken(em: EntityManager, tokenHash: string, now: Date): Promise<InvitationRow | null> {
    const [row] = await em.query(
      `${INVITATION} WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2`,
      [tokenHash, now],
    );
    return row ?? null;
  }

  async accountByEmail(
    em: EntityManager,
    email: string,
  ): Promise<{ id: string; passwordHash: string; email: string; displayName: string } | null> {
    const [row] = await em.query(
      `SELECT id, password_hash AS "passwordHash", email, display_name AS "displayName" FROM directory.app_user
       WHERE lower(email) = lower($1)`,
      [email],
    );
    return row ?? null;
  }
}

const params = (f: PeopleFilter) => [f.pattern, f.role, f.schoolId, f.status];
