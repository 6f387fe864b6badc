import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '@trustops/contracts';

export interface MembershipView {
  trust: { id: string; name: string; code: string };
  role: Role;
  schoolIds: string[] | null;
  /** Tokens issued before it are refused (signed out everywhere): a new one is issued no earlier. */
  tokensValidFrom: Date | null;
}

/**
 * A user's active memberships across every trust: read by the system role, for sign-in and trust switching only.
 * A suspended membership gives no token.
 */
@Injectable()
export class MembershipsRepository {
  /** Every trust the account belongs to, suspended memberships too: where an account-wide change is recorded. */
  async trustsOf(em: EntityManager, userId: string): Promise<{ trustId: string; role: Role }[]> {
    return em.query('SELECT trust_id AS "trustId", role FROM directory.membership WHERE user_id = $1', [userId]);
  }

  async ofUser(em: EntityManager, userId: string): Promise<MembershipView[]> {
    const rows: {
      id: string;
      name: string;
      code: string;
      role: Role;
      school_ids: string[] | null;
      tokens_valid_from: Date | null;
    }[] = await em.query(
      `SELECT t.id, t.name, t.code, m.role, m.school_ids, m.tokens_valid_from FROM directory.membership m
       JOIN directory.trust t ON t.id = m.trust_id WHERE m.user_id = $1 AND m.status = 'ACTIVE' ORDER BY t.name`,
      [userId],
    );
    return rows.map((r) => ({
      trust: { id: r.id, name: r.name, code: r.code },
      role: r.role,
      schoolIds: r.school_ids,
      tokensValidFrom: r.tokens_valid_from,
    }));
  }
}
