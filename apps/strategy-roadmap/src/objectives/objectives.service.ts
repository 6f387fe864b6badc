import { Injectable } from '@nestjs/common';
import { Actor, AuditService, Clock, text } from '@trustops/service-kit';
import { EventsService } from '../events/events.service';
import { checkMeasure } from './measure-rules';
import { objectiveErrors } from './objectives.errors';
import { MeasureRow, ObjectiveRow, ObjectivesRepository } from './objectives.repository';
import { CreateObjectiveInput, MeasureInput } from './objectives.types';

/** The trust's objectives and the measures that show progress towards them. */
@Injectable()
export class ObjectivesService {
  constructor(
    private readonly repository: ObjectivesRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<ObjectiveRow[]> {
    return this.repository.list();
  }

  measures(objectiveId: string): Promise<MeasureRow[]> {
    return this.repository.measures(objectiveId);
  }

  readings(measureId: string): Promise<{ value: number; recordedOn: string }[]> {
    return this.repository.readings(measureId);
  }

  /** Each of `ids` (once) is an objective of the trust, or OBJECTIVE_NOT_FOUND naming them all. */
  async requireAll(ids: string[]): Promise<string[]> {
    const objectiveIds = [...new Set(ids)];
    const found = await this.repository.existing(objectiveIds);
    if (found.length !== objectiveIds.length)
      throw objectiveErrors.error('OBJECTIVE_NOT_FOUND', "An objective named is not one of your trust's", {
        objectiveIds,
      });
    return objectiveIds;
  }

  async create(actor: Actor, input: CreateObjectiveInput): Promise<ObjectiveRow> {
    const title = text('title', input.title, 'title');
    (input.measures ?? []).forEach(checkMeasure);
    const description = input.description?.trim() ?? '';
    const id = await this.repository.insert(title, description);
    for (const m of input.measures ?? []) await this.addMeasure(actor, id, m);
    await this.audit.record({ entity: 'objective', entityId: id, action: 'created', after: input });
    return { id, title, description };
  }

  async addMeasure(actor: Actor, objectiveId: string, m: MeasureInput): Promise<MeasureRow> {
    checkMeasure(m);
    if (!(await this.repository.existing([objectiveId])).length)
      throw objectiveErrors.error('OBJECTIVE_NOT_FOUND', 'No objective with that id in your trust', { objectiveId });
    const current = m.current ?? m.baseline;
    const id = await this.repository.insertMeasure({
      objectiveId,
      name: m.name.trim(),
      unit: m.unit,
      baseline: m.baseline,
      target: m.target,
      current,
      dueOn: m.dueOn ?? null,
    });
    await this.repository.recordFirstReading(id, current, actor.userId);
    return (await this.repository.measure(id))!;
  }

  /** A new current value, kept in the measure's history (one reading per day: the last one wins). */
  async updateMeasure(
    actor: Actor,
    measureId: string,
    current: number,
    recordedOn: string | null,
  ): Promise<MeasureRow> {
    const before = await this.repository.measure(measureId);
    if (!before)
      throw objectiveErrors.error('MEASURE_NOT_FOUND', 'No measure with that id in your trust', { measureId });
    checkMeasure({ name: before.name, unit: before.unit, baseline: before.baseline, target: before.target, current });
    const day = recordedOn ?? this.clock.now().toISOString().slice(0, 10);
    await this.repository.setCurrent(measureId, current);
    await this.repository.replaceReading(measureId, current, day, actor.userId);
    await this.audit.record({
      entity: 'measure',
      entityId: measureId,
      action: 'updated',
      before: { current: before.current },
      after: { current, recordedOn: day },
    });
    await this.events.emit('measure.updated', {
      measureId,
      objectiveId: before.objectiveId,
      current,
      target: before.target,
      recordedOn: day,
    });
    return { ...before, current };
  }
}
