import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../service-schema';

export interface RequestRow {
  id: string;
  schoolId: string;
  requesterId: string;
  kind: string;
  title: string;
  goal: string;
  reason: string;
  appName: string | null;
  vendor: string | null;
  status: string;
  decision: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  conditions: string | null;
  risks: string[];
  alternatives: string[];
  appealNote: string | null;
  appealedAt: Date | null;
  appealDecision: string | null;
  appealDecidedBy: string | null;
  appealDecidedAt: Date | null;
  appealDecisionNote: string | null;
  createdAt: Date;
}

export type NewRequest = Pick<
  RequestRow,
  'schoolId' | 'requesterId' | 'kind' | 'title' | 'goal' | 'reason' | 'appName' | 'vendor'
>;

export interface RequestDecisionValues {
  decision: string;
  decidedBy: string;
  reason: string;
  conditions: string | null;
  risks: string[];
  alternatives: string[];
}

const COLUMNS = `id, school_id AS "schoolId", requester_id AS "requesterId", kind, title, goal, reason, app_name AS "appName",
  vendor, status, decision, decided_by AS "decidedBy", decided_at AS "decidedAt", decision_reason AS "decisionReason",
  conditions, risks, alternatives, appeal_note AS "appealNote", appealed_at AS "appealedAt",
  appeal_decision AS "appealDecision", appeal_decided_by AS "appealDecidedBy", appeal_decided_at AS "appealDecidedAt",
  appeal_decision_note AS "appealDecisionNote", created_at AS "createdAt"`;

/** Tech requests in SQL, under RLS. Who sees which is the service's rule; `requesterId` narrows to one person's. */
@Injectable()
export class RequestsRepository {
  constructor(private readonly db: TenantDb) {}

  /** Newest first; `requesterId` null: everyone's. */
  list(requesterId: string | null, statuses: readonly string[] | null): Promise<RequestRow[]> {
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM ${SCHEMA}.tech_request
       WHERE ($1::uuid IS NULL OR requester_id = $1) AND ($2::text[] IS NULL OR status = ANY ($2))
       ORDER BY created_at DESC LIMIT 200`,
      [requesterId, statuses?.length ? statuses : null],
    );
  }

  async get(id: string): Promise<RequestRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${SCHEMA}.tech_request WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** A new SUBMITTED request; its id. */
  async insert(request: NewRequest): Promise<string> {
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.tech_request (school_id, requester_id, kind, title, goal, reason, app_name, vendor, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'SUBMITTED') RETURNING id`,
      [
        request.schoolId,
        request.requesterId,
        request.kind,
        request.title,
        request.goal,
        request.reason,
        request.appName,
        request.vendor,
      ],
    );
    return id;
  }

  /** The decision is the status until an appeal. */
  async decide(id: string, d: RequestDecisionValues): Promise<void> {
    await this.db.em().query(
      `UPDATE ${SCHEMA}.tech_request SET status = $2, decision = $2, decided_by = $3, decided_at = now(),
         decision_reason = $4, conditions = $5, risks = $6, alternatives = $7
       WHERE id = $1`,
      [id, d.decision, d.decidedBy, d.reason, d.conditions, d.risks, d.alternatives],
    );
  }

  async appeal(id: string, note: string): Promise<void> {
    await this.db
      .em()
      .query(
        `UPDATE ${SCHEMA}.tech_request SET status = 'APPEALED', appeal_note = $2, appealed_at = now() WHERE id = $1`,
        [id, note],
      );
  }

  /** The appeal's outcome becomes the status. */
  async decideAppeal(id: string, decision: string, decidedBy: string, note: string): Promise<void> {
    await this.db.em().query(
      `UPDATE ${SCHEMA}.tech_request SET status = $2, appeal_decision = $2, appeal_decided_by = $3,
         appeal_decided_at = now(), appeal_decision_note = $4
       WHERE id = $1`,
      [id, decision, decidedBy, note],
    );
  }
}
