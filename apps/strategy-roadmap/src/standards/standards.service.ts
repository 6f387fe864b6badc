import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, notFound, TenantDb } from '@trustops/service-kit';
import { InitiativeRow, InitiativesService } from '../initiatives/initiatives.service';
import { ReferencesService, S } from '../references/references.service';
import { EventsService } from '../shared';

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

@Injectable()
export class StandardsService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly initiatives: InitiativesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(): Promise<StandardRow[]> {
    return this.db.em().query(`SELECT id, code, title, summary FROM ${S}.standard ORDER BY position`);
  }

  async require(id: string): Promise<StandardRow> {
    const [row] = await this.db.em().query(`SELECT id, code, title, summary FROM ${S}.standard WHERE id = $1`, [id]);
    if (!row) throw notFound('STANDARD_NOT_FOUND', 'No standard with that id', { standardId: id });
    return row;
  }

  assessments(schoolId: string | null): Promise<AssessmentRow[]> {
    return this.db.em().query(
      `SELECT school_id AS "schoolId", standard_id AS "standardId", level, evidence, to_char(assessed_on, 'YYYY-MM-DD') AS "assessedOn",
      assessed_by AS "assessedBy" FROM ${S}.standard_assessment WHERE $1::uuid IS NULL OR school_id = $1`,
      [schoolId],
    );
  }

  async assess(
    actor: Actor,
    schoolId: string,
    standardId: string,
    level: string,
    evidence: string | null,
  ): Promise<AssessmentRow> {
    if ((evidence ?? '').length > 5000)
      throw badInput('Keep the evidence under 5,000 characters', { field: 'evidence' });
    await this.refs.requireSchool(actor, schoolId);
    const standard = await this.require(standardId);
    const [before] = await this.db
      .em()
      .query(`SELECT level FROM ${S}.standard_assessment WHERE school_id = $1 AND standard_id = $2`, [
        schoolId,
        standardId,
      ]);
    const [row] = await this.db.em().query(
      `INSERT INTO ${S}.standard_assessment (school_id, standard_id, level, evidence, assessed_on, assessed_by) VALUES ($1, $2, $3, $4, current_date, $5)
       ON CONFLICT (trust_id, school_id, standard_id) DO UPDATE SET level = $3, evidence = $4, assessed_on = current_date, assessed_by = $5
       RETURNING school_id AS "schoolId", standard_id AS "standardId", level, evidence, to_char(assessed_on, 'YYYY-MM-DD') AS "assessedOn", assessed_by AS "assessedBy"`,
      [schoolId, standardId, level, evidence?.trim() ?? '', actor.userId],
    );
    await this.audit.record({
      entity: 'standard_assessment',
      entityId: `${schoolId}:${standard.code}`,
      action: 'assessed',
      before: before ?? null,
      after: { level, evidence },
    });
    await this.events.emit('standard.assessed', {
      schoolId,
      standardId,
      code: standard.code,
      level,
      assessedOn: row.assessedOn,
    });
    return row;
  }

  /** Per standard: schools met, partly met, not met, not yet assessed. */
  async coverage(): Promise<
    { standard: StandardRow; met: number; partlyMet: number; notMet: number; notAssessed: number }[]
  > {
    const schools = (await this.refs.schools()).length;
    const counts: { standardId: string; met: number; partly: number; not: number }[] = await this.db.em().query(
      `SELECT standard_id AS "standardId", count(*) FILTER (WHERE level = 'MET')::int AS met, count(*) FILTER (WHERE level = 'PARTLY_MET')::int AS partly,
              count(*) FILTER (WHERE level = 'NOT_MET')::int AS not FROM ${S}.standard_assessment GROUP BY standard_id`,
    );
    return (await this.list()).map((standard) => {
      const c = counts.find((x) => x.standardId === standard.id) ?? { met: 0, partly: 0, not: 0 };
      return {
        standard,
        met: c.met,
        partlyMet: c.partly,
        notMet: c.not,
        notAssessed: Math.max(0, schools - c.met - c.partly - c.not),
      };
    });
  }

  /** A gap becomes a PROPOSED initiative in NEXT for the schools that do not (fully) meet the standard. */
  async gapToInitiative(actor: Actor, standardId: string): Promise<InitiativeRow> {
    const standard = await this.require(standardId);
    const gaps: { schoolId: string }[] = await this.db
      .em()
      .query(`SELECT school_id AS "schoolId" FROM ${S}.standard_assessment WHERE standard_id = $1 AND level <> 'MET'`, [
        standardId,
      ]);
    if (!gaps.length)
      throw badInput(`Every assessed school meets "${standard.title}": there is no gap to plan for`, {
        field: 'standardId',
      });
    return this.initiatives.create(
      actor,
      {
        title: `Meet the ${standard.title.toLowerCase()} standard`,
        problem: `How can we meet the DfE ${standard.title.toLowerCase()} standard at the ${gaps.length} school${gaps.length > 1 ? 's' : ''} that do not yet? ${standard.summary}.`,
        schoolIds: gaps.map((g) => g.schoolId),
        horizon: 'NEXT' as never,
      },
      standardId,
    );
  }
}
