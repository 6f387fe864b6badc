import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, DomainError, forbidden, notFound, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events.service';
import { ReferencesService, S } from '../references/references.service';
import { ChangeStatus, checkApprover, checkStep, freezeBlocks, nextCommonWindow, Risk } from './change-rules';
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

const MAX_CHANGE_DAYS = 14;
export const changeNotFound = (changeId: string) =>
  notFound('CHANGE_NOT_FOUND', 'No change with that id that you can see', { changeId });
const refused = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(
    code,
    code === 'FORBIDDEN' || code === 'SELF_APPROVAL' || code === 'CHANGE_NEEDS_DIRECTOR' ? 'FORBIDDEN' : 'CONFLICT',
    message,
    details,
  );

const day = (d: Date) =>
  d.toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

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

  consents(changeId: string): Promise<{ schoolId: string; consentedBy: string; consentedAt: Date }[]> {
    return this.db.em().query(
      `SELECT school_id AS "schoolId", consented_by AS "consentedBy", consented_at AS "consentedAt"
      FROM ${S}.change_consent WHERE change_id = $1 ORDER BY consented_at`,
      [changeId],
    );
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

  async decide(actor: Actor, id: string, approve: boolean, comment: string | null): Promise<ChangeRow> {
    if (!approve && !comment?.trim()) throw badInput('Say why the change is rejected', { field: 'comment' });
    if ((comment ?? '').length > 5000) throw badInput('Keep the comment under 5,000 characters', { field: 'comment' });
    const change = await this.require(id);
    this.step('decide', change);
    const check = checkApprover(actor.role, actor.userId, change.createdBy, change.risk);
    if (!check.ok) throw refused(check.code, check.message, { changeId: id, risk: change.risk });
    return this.move(
      actor,
      change,
      approve ? 'APPROVED' : 'REJECTED',
      approve ? 'change.approved' : 'change.rejected',
      { decided_by: actor.userId, decided_at: new Date(), decision_comment: comment?.trim() || null },
    );
  }

  /** Refused with CHANGE_FREEZE when a classroom-affecting change touches a freeze day of a school that has not consented. */
  async schedule(actor: Actor, id: string, start: Date, end: Date): Promise<ChangeRow> {
    if (!(end > start)) throw badInput('The end of the window must be after its start', { field: 'end' });
    if (end.getTime() - start.getTime() > MAX_CHANGE_DAYS * 86_400_000)
      throw badInput(`A change window is at most ${MAX_CHANGE_DAYS} days`, { field: 'end' });
    const change = await this.require(id);
    this.step('schedule', change);
    const consents = await this.consents(id);
    if (change.classroomImpact)
      await this.checkFreezes(
        actor,
        change,
        consents.map((c) => c.schoolId),
        start,
        end,
      );
    const scheduled = await this.move(actor, change, 'SCHEDULED', null, {
      scheduled_start: start,
      scheduled_end: end,
      scheduled_by: actor.userId,
    });
    await this.events.emit('change.scheduled', {
      ...this.payload(scheduled),
      start: start.toISOString(),
      end: end.toISOString(),
      consentedSchoolIds: consents.map((c) => c.schoolId),
    });
    return scheduled;
  }

  /** An educator lead (staff or executive) of an affected school consents to the change going ahead in a freeze. */
  async consent(actor: Actor, id: string, schoolId: string): Promise<ChangeRow> {
    const member = await this.refs.member(actor.userId);
    const isEducator =
      !!member?.educatorLead &&
      ['STAFF', 'EXECUTIVE'].includes(member.role) &&
      (!member.schoolIds || member.schoolIds.includes(schoolId));
    if (!isEducator)
      throw forbidden('Only an educator lead of that school can consent to a change in its freeze', { schoolId });
    const change = await this.require(id);
    if (!change.schoolIds.includes(schoolId))
      throw badInput('That school is not one the change affects', { field: 'schoolId' });
    if (!['SUBMITTED', 'APPROVED', 'SCHEDULED'].includes(change.status))
      throw refused('CHANGE_STATUS_MOVE', `A ${change.status} change needs no consent`, { changeId: id });
    const [added] = await this.db
      .em()
      .query(
        `INSERT INTO ${S}.change_consent (change_id, school_id, consented_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING school_id`,
        [id, schoolId, actor.userId],
      );
    if (added) {
      await this.audit.record({ entity: 'change', entityId: id, action: 'consented', after: { schoolId } });
      await this.events.emit('change.consented', { changeId: id, schoolId, consentedBy: actor.userId });
    }
    return change;
  }

  async complete(actor: Actor, id: string, outcome: 'DONE' | 'FAILED' | 'BACKED_OUT'): Promise<ChangeRow> {
    const change = await this.require(id);
    this.step('complete', change);
    return this.move(actor, change, outcome, 'change.completed', {
      completed_at: new Date(),
      completed_by: actor.userId,
    });
  }

  private async checkFreezes(
    actor: Actor,
    change: ChangeRow,
    consented: string[],
    start: Date,
    end: Date,
  ): Promise<void> {
    const schools = await this.refs.requireSchools({ ...actor, schoolIds: null }, change.schoolIds);
    const windows = [];
    for (const s of schools) {
      // one connection per transaction: one query at a time
      windows.push({
        schoolId: s.id,
        schoolName: s.name,
        calendar: await this.refs.calendarFor(s.id),
        consented: consented.includes(s.id),
      });
    }
    const blocks = freezeBlocks(windows, start, end);
    if (!blocks.length) return;
    const free = nextCommonWindow(
      windows.filter((w) => !w.consented).map((w) => w.calendar),
      start,
      Math.round((end.getTime() - start.getTime()) / 60_000),
    );
    const first = blocks[0];
    throw new DomainError(
      'CHANGE_FREEZE',
      'CONFLICT',
      `${first.schoolName} is in a change freeze (${first.freeze.title}, ${first.freeze.startsOn}${first.freeze.endsOn !== first.freeze.startsOn ? ` to ${first.freeze.endsOn}` : ''}). ` +
        `The next free window is ${day(free.start)} to ${day(free.end)}; or ask the school's educator lead to consent.`,
      {
        blocks: blocks.map((b) => ({ schoolId: b.schoolId, schoolName: b.schoolName, freeze: b.freeze })),
        nextFreeWindow: { start: free.start.toISOString(), end: free.end.toISOString() },
      },
    );
  }

  private async require(id: string): Promise<ChangeRow> {
    const change = await this.get(id);
    if (!change) throw changeNotFound(id);
    return change;
  }

  private step(step: Parameters<typeof checkStep>[0], change: ChangeRow): void {
    const check = checkStep(step, change.status);
    if (!check.ok) throw refused(check.code, check.message, { changeId: change.id, status: change.status });
  }

  private payload(c: ChangeRow) {
    return {
      changeId: c.id,
      title: c.title,
      schoolIds: c.schoolIds,
      risk: c.risk,
      classroomImpact: c.classroomImpact,
      status: c.status,
    };
  }

  private async move(
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
