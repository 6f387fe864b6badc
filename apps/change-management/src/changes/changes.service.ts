import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events.service';
import { ReferencesService, S } from '../references/references.service';
import { ChangeStatus, checkStep, Risk } from './change-rules';
import { changeNotFound, changeRefused } from './changes.errors';
import { ChangeFilter, CreateChangeInput } from './changes.types';

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

const COLUMNS = `id, title, description, school_ids AS "schoolIds", classroom_impact AS "classroomImpact", risk, plan, backout_plan AS "backoutPlan",
  status, created_by AS "createdBy", decided_by AS "decidedBy", decision_comment AS "decisionComment", proposed_start AS "proposedStart",
  proposed_end AS "proposedEnd", scheduled_start AS "scheduledStart", scheduled_end AS "scheduledEnd", scheduled_by AS "scheduledBy"`;

/** Change requests through approval to a window that respects each school's calendar (seed 002). */
@Injectable()
export class ChangesService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(filter: ChangeFilter): Promise<ChangeRow[]> {
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM ${S}.change_request WHERE ($1::text[] IS NULL OR status = ANY ($1)) AND ($2::uuid IS NULL OR $2 = ANY (school_ids))
         AND ($3::timestamptz IS NULL OR scheduled_start >= $3) AND ($4::timestamptz IS NULL OR scheduled_start < $4)
       ORDER BY coalesce(scheduled_start, proposed_start, created_at) LIMIT 500`,
      [filter.status?.length ? filter.status : null, filter.schoolId ?? null, filter.from ?? null, filter.to ?? null],
    );
  }

  async get(id: string): Promise<ChangeRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${S}.change_request WHERE id = $1`, [id]);
    return row ?? null;
  }

  async create(actor: Actor, input: CreateChangeInput): Promise<ChangeRow> {
    const title = input.title.trim();
    if (!title || title.length > 200)
      throw badInput('Give the change a title of 1 to 200 characters', { field: 'title' });
    if (!input.schoolIds.length) throw badInput('Name at least one school the change affects', { field: 'schoolIds' });
    for (const [field, text] of [
      ['description', input.description],
      ['plan', input.plan],
      ['backoutPlan', input.backoutPlan],
    ] as const) {
      if ((text ?? '').length > 20_000) throw badInput(`Keep the ${field} under 20,000 characters`, { field });
    }
    if (input.proposedStart && input.proposedEnd && input.proposedEnd <= input.proposedStart)
      throw badInput('The proposed end must be after its start', { field: 'proposedEnd' });
    await this.refs.requireSchools(actor, input.schoolIds);
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${S}.change_request (title, description, school_ids, classroom_impact, risk, plan, backout_plan, proposed_start, proposed_end, status, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DRAFT', $10) RETURNING id`,
      [
        title,
        input.description ?? '',
        [...new Set(input.schoolIds)],
        input.classroomImpact,
        input.risk,
        input.plan ?? '',
        input.backoutPlan ?? '',
        input.proposedStart ?? null,
        input.proposedEnd ?? null,
        actor.userId,
      ],
    );
    await this.audit.record({ entity: 'change', entityId: id, action: 'created', after: input });
    return (await this.get(id))!;
  }

  async submit(actor: Actor, id: string): Promise<ChangeRow> {
    const change = await this.require(id);
    this.step('submit', change);
    if (!change.plan.trim() || !change.backoutPlan.trim())
      throw badInput('A change needs its plan and its back-out plan before it is submitted', { field: 'plan' });
    return this.move(actor, change, 'SUBMITTED', 'change.submitted', {});
  }

  async complete(actor: Actor, id: string, outcome: 'DONE' | 'FAILED' | 'BACKED_OUT'): Promise<ChangeRow> {
    const change = await this.require(id);
    this.step('complete', change);
    return this.move(actor, change, outcome, 'change.completed', {
      completed_at: new Date(),
      completed_by: actor.userId,
    });
  }

  // The approval, scheduling and consent services go through these too, so every refusal and move reads,
  // audits and emits the same way.
  async require(id: string): Promise<ChangeRow> {
    const change = await this.get(id);
    if (!change) throw changeNotFound(id);
    return change;
  }

  step(step: Parameters<typeof checkStep>[0], change: ChangeRow): void {
    const check = checkStep(step, change.status);
    if (!check.ok) throw changeRefused(check.code, check.message, { changeId: change.id, status: change.status });
  }

  payload(c: ChangeRow) {
    return {
      changeId: c.id,
      title: c.title,
      schoolIds: c.schoolIds,
      risk: c.risk,
      classroomImpact: c.classroomImpact,
      status: c.status,
    };
  }

  async move(
    actor: Actor,
    change: ChangeRow,
    status: ChangeStatus,
    event: 'change.submitted' | 'change.approved' | 'change.rejected' | 'change.completed' | null,
    columns: Record<string, unknown>,
  ): Promise<ChangeRow> {
    const sets = Object.keys(columns).map((c, i) => `${c} = $${i + 3}`);
    await this.db
      .em()
      .query(
        `UPDATE ${S}.change_request SET status = $2, updated_at = now()${sets.length ? `, ${sets.join(', ')}` : ''} WHERE id = $1`,
        [change.id, status, ...Object.values(columns)],
      );
    await this.audit.record({
      entity: 'change',
      entityId: change.id,
      action: status.toLowerCase(),
      before: { status: change.status },
      after: { status, ...columns },
    });
    const after = (await this.get(change.id))!;
    if (event) await this.events.emit(event, this.payload(after));
    return after;
  }
}
