import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, notFound, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../shared';
import { S } from '../references/references.service';
import { CreateObjectiveInput, MeasureInput, MeasureUnit } from './objectives.types';

export interface ObjectiveRow {
  id: string;
  title: string;
  description: string;
}
export interface MeasureRow {
  id: string;
  objectiveId: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  current: number;
  dueOn: string | null;
}

const MEASURE = `id, objective_id AS "objectiveId", name, unit, baseline::float8 AS baseline, target::float8 AS target, current::float8 AS current,
  to_char(due_on, 'YYYY-MM-DD') AS "dueOn"`;
const UNITS = Object.values(MeasureUnit) as string[];

/** A measure's way from baseline to target (pure): 0 at the baseline, 1 at the target, either direction. */
export const progressOf = (m: Pick<MeasureRow, 'baseline' | 'target' | 'current'>) =>
  m.target === m.baseline
    ? m.current === m.target
      ? 1
      : 0
    : Math.max(0, (m.current - m.baseline) / (m.target - m.baseline));

export function checkMeasure(m: MeasureInput): void {
  if (!m.name.trim() || m.name.length > 200)
    throw badInput('A measure has a name of 1 to 200 characters', { field: 'measures.name' });
  if (!UNITS.includes(m.unit))
    throw badInput(`"${m.unit}" is not a unit a measure can use: ${UNITS.join(', ')}`, { field: 'measures.unit' });
  for (const [field, value] of [
    ['baseline', m.baseline],
    ['target', m.target],
    ['current', m.current ?? m.baseline],
  ] as const) {
    if (!Number.isFinite(value)) throw badInput(`The ${field} must be a number`, { field: `measures.${field}` });
    if (m.unit === 'PERCENT' && (value < 0 || value > 100))
      throw badInput(`A percentage ${field} is between 0 and 100`, { field: `measures.${field}` });
  }
}

@Injectable()
export class ObjectivesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(): Promise<ObjectiveRow[]> {
    return this.db.em().query(`SELECT id, title, description FROM ${S}.objective ORDER BY position, created_at`);
  }

  measures(objectiveId: string): Promise<MeasureRow[]> {
    return this.db
      .em()
      .query(`SELECT ${MEASURE} FROM ${S}.measure WHERE objective_id = $1 ORDER BY name`, [objectiveId]);
  }

  readings(measureId: string): Promise<{ value: number; recordedOn: string }[]> {
    return this.db.em().query(
      `SELECT value::float8 AS value, to_char(recorded_on, 'YYYY-MM-DD') AS "recordedOn" FROM ${S}.measure_reading
      WHERE measure_id = $1 ORDER BY recorded_on`,
      [measureId],
    );
  }

  async create(actor: Actor, input: CreateObjectiveInput): Promise<ObjectiveRow> {
    const title = input.title.trim();
    if (!title || title.length > 200)
      throw badInput('An objective has a title of 1 to 200 characters', { field: 'title' });
    (input.measures ?? []).forEach(checkMeasure);
    const [{ id }] = await this.db
      .em()
      .query(
        `INSERT INTO ${S}.objective (title, description, position) VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM ${S}.objective)) RETURNING id`,
        [title, input.description?.trim() ?? ''],
      );
    for (const m of input.measures ?? []) await this.addMeasure(actor, id, m);
    await this.audit.record({ entity: 'objective', entityId: id, action: 'created', after: input });
    return { id, title, description: input.description?.trim() ?? '' };
  }

  async addMeasure(actor: Actor, objectiveId: string, m: MeasureInput): Promise<MeasureRow> {
    checkMeasure(m);
    const [found] = await this.db.em().query(`SELECT 1 FROM ${S}.objective WHERE id = $1`, [objectiveId]);
    if (!found) throw notFound('OBJECTIVE_NOT_FOUND', 'No objective with that id in your trust', { objectiveId });
    const current = m.current ?? m.baseline;
    const [{ id }] = await this.db
      .em()
      .query(
        `INSERT INTO ${S}.measure (objective_id, name, unit, baseline, target, current, due_on) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [objectiveId, m.name.trim(), m.unit, m.baseline, m.target, current, m.dueOn ?? null],
      );
    await this.db
      .em()
      .query(
        `INSERT INTO ${S}.measure_reading (measure_id, value, recorded_on, recorded_by) VALUES ($1, $2, current_date, $3)`,
        [id, current, actor.userId],
      );
    return (await this.measure(id))!;
  }

  /** A new current value, kept in the measure's history (one reading per day: the last one wins). */
  async updateMeasure(
    actor: Actor,
    measureId: string,
    current: number,
    recordedOn: string | null,
  ): Promise<MeasureRow> {
    const before = await this.measure(measureId);
    if (!before) throw notFound('MEASURE_NOT_FOUND', 'No measure with that id in your trust', { measureId });
    checkMeasure({ name: before.name, unit: before.unit, baseline: before.baseline, target: before.target, current });
    const day = recordedOn ?? new Date().toISOString().slice(0, 10);
    await this.db.em().query(`UPDATE ${S}.measure SET current = $2 WHERE id = $1`, [measureId, current]);
    await this.db
      .em()
      .query(`DELETE FROM ${S}.measure_reading WHERE measure_id = $1 AND recorded_on = $2`, [measureId, day]);
    await this.db
      .em()
      .query(`INSERT INTO ${S}.measure_reading (measure_id, value, recorded_on, recorded_by) VALUES ($1, $2, $3, $4)`, [
        measureId,
        current,
        day,
        actor.userId,
      ]);
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

  private async measure(id: string): Promise<MeasureRow | null> {
    const [row] = await this.db.em().query(`SELECT ${MEASURE} FROM ${S}.measure WHERE id = $1`, [id]);
    return row ?? null;
  }
}
