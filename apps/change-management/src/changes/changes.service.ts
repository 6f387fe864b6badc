import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, Clock, optionalText, text } from '@trustops/service-kit';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { EventsService } from '../events/events.service';
import { ChangeStatus, ChangeStep, checkStep } from './change-rules';
import { changeNotFound, changeRefusal } from './changes.errors';
import { ChangeMoveColumns, ChangeQuery, ChangeRow, ChangesRepository } from './changes.repository';
import { CreateChangeInput } from './changes.types';

type ChangeEvent = 'change.submitted' | 'change.approved' | 'change.rejected' | 'change.completed';

/** Change requests through approval to a window that respects each school's calendar (seed 002). */
@Injectable()
export class ChangesService {
  constructor(
    private readonly changes: ChangesRepository,
    private readonly copies: DirectoryCopiesRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  list(query: ChangeQuery): Promise<ChangeRow[]> {
    return this.changes.list(query);
  }

  get(id: string): Promise<ChangeRow | null> {
    return this.changes.get(id);
  }

  async create(actor: Actor, input: CreateChangeInput): Promise<ChangeRow> {
    const title = text('title', input.title, 'title');
    if (!input.schoolIds.length) throw badInput('Name at least one school the change affects', { field: 'schoolIds' });
    const description = optionalText('description', input.description, 'description') ?? '';
    const plan = optionalText('plan', input.plan, 'description') ?? '';
    const backoutPlan = optionalText('backoutPlan', input.backoutPlan, 'description') ?? '';
    if (input.proposedStart && input.proposedEnd && input.proposedEnd <= input.proposedStart)
      throw badInput('The proposed end must be after its start', { field: 'proposedEnd' });
    await this.copies.requireSchools(actor, input.schoolIds);
    const id = await this.changes.insert({
      title,
      description,
      schoolIds: [...new Set(input.schoolIds)],
      classroomImpact: input.classroomImpact,
      risk: input.risk,
      plan,
      backoutPlan,
      proposedStart: input.proposedStart ?? null,
      proposedEnd: input.proposedEnd ?? null,
      createdBy: actor.userId,
    });
    await this.audit.record({ entity: 'change', entityId: id, action: 'created', after: input });
    return this.require(id);
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
      completed_at: this.clock.now(),
      completed_by: actor.userId,
    });
  }

  // The approval, scheduling and consent services go through these too, so every refusal and move reads,
  // audits and emits the same way.
  async require(id: string): Promise<ChangeRow> {
    const change = await this.changes.get(id);
    if (!change) throw changeNotFound(id);
    return change;
  }

  step(step: ChangeStep, change: ChangeRow): void {
    const check = checkStep(step, change.status);
    if (!check.ok) throw changeRefusal(check, { changeId: change.id, status: change.status });
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
    event: ChangeEvent | null,
    columns: ChangeMoveColumns,
  ): Promise<ChangeRow> {
    await this.changes.move(change.id, status, columns);
    await this.audit.record({
      entity: 'change',
      entityId: change.id,
      action: status.toLowerCase(),
      before: { status: change.status },
      after: { status, ...columns },
    });
    const after = await this.require(change.id);
    if (event) await this.events.emit(event, this.payload(after));
    return after;
  }
}
