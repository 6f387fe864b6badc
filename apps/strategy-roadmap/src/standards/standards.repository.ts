import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';

export interface StandardRow {
  id: string;
  code: string;
  title: string;
  summary: string;
}
export interface AssessmentRow {
  schoolId: string;
  standardId: string;
  level: string;
  evidence: string;
  assessedOn: string;
  assessedBy: string;
}
export interface LevelCounts {
  standardId: string;
  met: number;
  partly: number;
  not: number;
}

const ASSESSMENT = `school_id AS "schoolId", standard_id AS "standardId", level, evidence,
  to_char(assessed_on, 'YYYY-MM-DD') AS "assessedOn", assessed_by AS "assessedBy"`;

/** The DfE catalogue (the same for every trust) and each school's assessment against it (under RLS). */
@Injectable()
export class StandardsRepository {
  constructor(private readonly db: TenantDb) {}

  list(): Promise<StandardRow[]> {
    return this.db.em().query(`SELECT id, code, title, summary FROM ${SCHEMA}.standard ORDER BY position`);
  }

  async find(id: string): Promise<StandardRow | null> {
    const [row] = await this.db
      .em()
      .query(`SELECT id, code, title, summary FROM ${SCHEMA}.standard WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** Every school's assessments, or one school's. */
  assessments(schoolId: string | null): Promise<AssessmentRow[]> {
    return this.db
      .em()
      .query(`SELECT ${ASSESSMENT} FROM ${SCHEMA}.standard_assessment WHERE $1::uuid IS NULL OR school_id = $1`, [
        schoolId,
      ]);
  }

  async levelOf(schoolId: string, standardId: string): Promise<{ level: string } | null> {
    const [row] = await this.db
      .em()
      .query(`SELECT level FROM ${SCHEMA}.standard_assessment WHERE school_id = $1 AND standard_id = $2`, [
        schoolId,
        standardId,
      ]);
    return row ?? null;
  }

  /** The school's assessment against the standard as of the database's today, replacing an earlier one. */
  async save(a: Omit<AssessmentRow, 'assessedOn'>): Promise<AssessmentRow> {
    const [row] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.standard_assessment (school_id, standard_id, level, evidence, assessed_on, assessed_by)
       VALUES ($1, $2, $3, $4, current_date, $5)
       ON CONFLICT (trust_id, school_id, standard_id)
         DO UPDATE SET level = $3, evidence = $4, assessed_on = current_date, assessed_by = $5
       RETURNING ${ASSESSMENT}`,
      [a.schoolId, a.standardId, a.level, a.evidence, a.assessedBy],
    );
    return row;
  }

  /** Per assessed standard, how many schools are at each level. */
  levelCounts(): Promise<LevelCounts[]> {
    return this.db.em().query(
      `SELECT standard_id AS "standardId", count(*) FILTER (WHERE level = 'MET')::int AS met,
              count(*) FILTER (WHERE level = 'PARTLY_MET')::int AS partly,
              count(*) FILTER (WHERE level = 'NOT_MET')::int AS not
       FROM ${SCHEMA}.standard_assessment GROUP BY standard_id`,
    );
  }

  /** The schools assessed as not (fully) meeting the standard. */
  async schoolsShortOf(standardId: string): Promise<string[]> {
    const rows: { schoolId: string }[] = await this.db
      .em()
      .query(
        `SELECT school_id AS "schoolId" FROM ${SCHEMA}.standard_assessment WHERE standard_id = $1 AND level <> 'MET'`,
        [standardId],
      );
    return rows.map((r) => r.schoolId);
  }
}
