import { Injectable } from '@nestjs/common';
import { Role } from '@trustops/contracts';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../service-schema';

export interface ReviewRow {
  incidentId: string;
  reviewerId: string;
  findings: string;
  contributingFactors: string[];
  publishedAt: Date;
}
export interface ActionRow {
  id: string;
  incidentId: string;
  title: string;
  ownerId: string;
  dueOn: string;
  status: string;
  doneAt: Date | null;
}
export interface MemberRow {
  userId: string;
  displayName: string;
  role: string;
}

const REVIEW_COLUMNS = `incident_id AS "incidentId", reviewer_id AS "reviewerId", findings,
  contributing_factors AS "contributingFactors", published_at AS "publishedAt"`;
const ACTION_COLUMNS = `id, incident_id AS "incidentId", title, owner_id AS "ownerId", to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
  status, done_at AS "doneAt"`;

/** Independent reviews and their tracked actions in SQL, under RLS. */
@Injectable()
export class ReviewsRepository {
  constructor(private readonly db: TenantDb) {}

  /** Null when the incident's review was published already. */
  async insertReview(incidentId: string, reviewerId: string, findings: string, factors: string[]) {
    const [review] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.review (incident_id, reviewer_id, findings, contributing_factors) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING ${REVIEW_COLUMNS}`,
      [incidentId, reviewerId, findings, factors],
    );
    return (review as ReviewRow | undefined) ?? null;
  }

  async insertAction(incidentId: string, action: { title: string; ownerId: string; dueOn: string }): Promise<void> {
    await this.db
      .em()
      .query(`INSERT INTO ${SCHEMA}.review_action (incident_id, title, owner_id, due_on) VALUES ($1, $2, $3, $4)`, [
        incidentId,
        action.title,
        action.ownerId,
        action.dueOn,
      ]);
  }

  async review(incidentId: string): Promise<ReviewRow | null> {
    const [row] = await this.db
      .em()
      .query(`SELECT ${REVIEW_COLUMNS} FROM ${SCHEMA}.review WHERE incident_id = $1`, [incidentId]);
    return row ?? null;
  }

  /** Newest first. */
  published(): Promise<ReviewRow[]> {
    return this.db.em().query(`SELECT ${REVIEW_COLUMNS} FROM ${SCHEMA}.review ORDER BY published_at DESC LIMIT 100`);
  }

  actions(incidentId: string): Promise<ActionRow[]> {
    return this.db
      .em()
      .query(`SELECT ${ACTION_COLUMNS} FROM ${SCHEMA}.review_action WHERE incident_id = $1 ORDER BY due_on, title`, [
        incidentId,
      ]);
  }

  async action(actionId: string): Promise<ActionRow | null> {
    const [row] = await this.db
      .em()
      .query(`SELECT ${ACTION_COLUMNS} FROM ${SCHEMA}.review_action WHERE id = $1`, [actionId]);
    return row ?? null;
  }

  async completeAction(actionId: string, at: Date): Promise<void> {
    await this.db
      .em()
      .query(`UPDATE ${SCHEMA}.review_action SET status = 'DONE', done_at = $2 WHERE id = $1`, [actionId, at]);
  }

  /** Members of the trust holding one of `roles`, by name. */
  members(roles: readonly Role[]): Promise<MemberRow[]> {
    return this.db.em().query(
      `SELECT user_id AS "userId", display_name AS "displayName", role FROM ${SCHEMA}.member_ref
         WHERE role = ANY ($1::text[]) ORDER BY display_name`,
      [roles],
    );
  }
}
