import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../service-schema';
import { ChangeStatus, Risk } from './change-rules';

export interface ChangeRow {
  id: string;
  title: string;
  description: string;
  schoolIds: string[];
  classroomImpact: boolean;
  risk: Risk;
  plan: string;
  backoutPlan: string;
  status: ChangeStatus;
  createdBy: string;
  decidedBy: string | null;
  decisionComment: string | null;
  proposedStart: Date | null;
  proposedEnd: Date | null;
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  scheduledBy: string | null;
}

export interface ChangeConsentRow {
  schoolId: string;
  consentedBy: string;
  consentedAt: Date;
}

export interface ChangeQuery {
  status?: readonly ChangeStatus[];
  schoolId?: string;
  /** Scheduled to start at or after. */
  from?: Date;
  /** Scheduled to start before. */
  to?: Date;
}

export type NewChange = Omit<
  ChangeRow,
  'id' | 'status' | 'decidedBy' | 'decisionComment' | 'scheduledStart' | 'scheduledEnd' | 'scheduledBy'
>;

/** The columns a status move may set besides the status: named here so no other key reaches the SQL. */
export interface ChangeMoveColumns {
  decided_by?: string;
  decided_at?: Date;
  decision_comment?: string | null;
  scheduled_start?: Date;
  scheduled_end?: Date;
  scheduled_by?: string;
  completed_at?: Date;
  completed_by?: string;
}
const MOVE_COLUMNS: readonly (keyof ChangeMoveColumns)[] = [
  'decided_by',
  'decided_at',
  'decision_comment',
  'scheduled_start',
  'scheduled_end',
  'scheduled_by',
  'completed_at',
  'completed_by',
];

const COLUMNS = `id, title, description, school_ids AS "schoolIds", classroom_impact AS "classroomImpact", risk, plan,
  backout_plan AS "backoutPlan", status, created_by AS "createdBy", decided_by AS "decidedBy",
  decision_comment AS "decisionComment", proposed_start AS "proposedStart", proposed_end AS "proposedEnd",
  scheduled_start AS "scheduledStart", scheduled_end AS "scheduledEnd", scheduled_by AS "scheduledBy"`;

/** Change requests and their consents in SQL, under RLS (so other trusts' rows are never seen). */
@Injectable()
export class ChangesRepository {
  constructor(private readonly db: TenantDb) {}

  list(query: ChangeQuery): Promise<ChangeRow[]> {
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM ${SCHEMA}.change_request
       WHERE ($1::text[] IS NULL OR status = ANY ($1)) AND ($2::uuid IS NULL OR $2 = ANY (school_ids))
         AND ($3::timestamptz IS NULL OR scheduled_start >= $3) AND ($4::timestamptz IS NULL OR scheduled_start < $4)
       ORDER BY coalesce(scheduled_start, proposed_start, created_at) LIMIT 500`,
      [query.status?.length ? query.status : null, query.schoolId ?? null, query.from ?? null, query.to ?? null],
    );
  }

  async get(id: string): Promise<ChangeRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${SCHEMA}.change_request WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** A new DRAFT change; its id. */
  async insert(change: NewChange): Promise<string> {
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.change_request (title, description, school_ids, classroom_impact, risk, plan, backout_plan,
         proposed_start, proposed_end, status, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DRAFT', $10) RETURNING id`,
      [
        change.title,
        change.description,
        change.schoolIds,
        change.classroomImpact,
        change.risk,
        change.plan,
        change.backoutPlan,
        change.proposedStart,
        change.proposedEnd,
        change.createdBy,
      ],
    );
    return id;
  }

  async move(id: string, status: ChangeStatus, columns: ChangeMoveColumns): Promise<void> {
    const names = MOVE_COLUMNS.filter((c) => c in columns);
    const sets = names.map((c, i) => `, ${c} = $${i + 3}`).join('');
    await this.db
      .em()
      .query(`UPDATE ${SCHEMA}.change_request SET status = $2, updated_at = now()${sets} WHERE id = $1`, [
        id,
        status,
        ...names.map((c) => columns[c]),
      ]);
  }

  consents(changeId: string): Promise<ChangeConsentRow[]> {
    return this.db.em().query(
      `SELECT school_id AS "schoolId", consented_by AS "consentedBy", consented_at AS "consentedAt"
       FROM ${SCHEMA}.change_consent WHERE change_id = $1 ORDER BY consented_at`,
      [changeId],
    );
  }

  /** False when that school had consented already. */
  async addConsent(changeId: string, schoolId: string, userId: string): Promise<boolean> {
    const [added] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.change_consent (change_id, school_id, consented_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING school_id`,
      [changeId, schoolId, userId],
    );
    return !!added;
  }

  /** Of `ids`, those the caller can see. */
  async visibleIds(ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db
      .em()
      .query(`SELECT id FROM ${SCHEMA}.change_request WHERE id = ANY ($1::uuid[])`, [ids]);
    return rows.map((r) => r.id);
  }

  /** Who approved (a change not rejected) and who implemented the changes `ids`: for a review's independence. */
  async workedBy(ids: string[]): Promise<{ approvers: string[]; implementers: string[] }> {
    const [row] = await this.db.em().query(
      `SELECT coalesce(array_agg(DISTINCT decided_by) FILTER (WHERE decided_by IS NOT NULL AND status <> 'REJECTED'), '{}') AS approvers,
              coalesce(array_agg(DISTINCT scheduled_by) FILTER (WHERE scheduled_by IS NOT NULL), '{}') AS implementers
       FROM ${SCHEMA}.change_request WHERE id = ANY ($1::uuid[])`,
      [ids],
    );
    return row;
  }
}
