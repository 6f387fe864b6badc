import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';

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
export type NewMeasure = Omit<MeasureRow, 'id'>;

const MEASURE = `id, objective_id AS "objectiveId", name, unit, baseline::float8 AS baseline, target::float8 AS target,
  current::float8 AS current, to_char(due_on, 'YYYY-MM-DD') AS "dueOn"`;

/** Objectives, their measures and each measure's readings (the chart), under RLS. */
@Injectable()
export class ObjectivesRepository {
  constructor(private readonly db: TenantDb) {}

  list(): Promise<ObjectiveRow[]> {
    return this.db.em().query(`SELECT id, title, description FROM ${SCHEMA}.objective ORDER BY position, created_at`);
  }

  /** Which of `ids` are objectives of the trust. */
  async existing(ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db
      .em()
      .query(`SELECT id FROM ${SCHEMA}.objective WHERE id = ANY ($1::uuid[])`, [ids]);
    return rows.map((r) => r.id);
  }

  /** A new objective, placed after the others. */
  async insert(title: string, description: string): Promise<string> {
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.objective (title, description, position)
       VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM ${SCHEMA}.objective)) RETURNING id`,
      [title, description],
    );
    return id;
  }

  measures(objectiveId: string): Promise<MeasureRow[]> {
    return this.db
      .em()
      .query(`SELECT ${MEASURE} FROM ${SCHEMA}.measure WHERE objective_id = $1 ORDER BY name`, [objectiveId]);
  }

  async measure(id: string): Promise<MeasureRow | null> {
    const [row] = await this.db.em().query(`SELECT ${MEASURE} FROM ${SCHEMA}.measure WHERE id = $1`, [id]);
    return row ?? null;
  }

  async insertMeasure(m: NewMeasure): Promise<string> {
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.measure (objective_id, name, unit, baseline, target, current, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [m.objectiveId, m.name, m.unit, m.baseline, m.target, m.current, m.dueOn],
    );
    return id;
  }

  setCurrent(measureId: string, current: number): Promise<unknown> {
    return this.db.em().query(`UPDATE ${SCHEMA}.measure SET current = $2 WHERE id = $1`, [measureId, current]);
  }

  readings(measureId: string): Promise<{ value: number; recordedOn: string }[]> {
    return this.db.em().query(
      `SELECT value::float8 AS value, to_char(recorded_on, 'YYYY-MM-DD') AS "recordedOn" FROM ${SCHEMA}.measure_reading
      WHERE measure_id = $1 ORDER BY recorded_on`,
      [measureId],
    );
  }

  /** A new measure's first reading, of the database's today. */
  async recordFirstReading(measureId: string, value: number, recordedBy: string): Promise<void> {
    await this.db
      .em()
      .query(
        `INSERT INTO ${SCHEMA}.measure_reading (measure_id, value, recorded_on, recorded_by) VALUES ($1, $2, current_date, $3)`,
        [measureId, value, recordedBy],
      );
  }

  /** The measure's reading of `day`, replacing one already taken that day (one reading per day). */
  async replaceReading(measureId: string, value: number, day: string, recordedBy: string): Promise<void> {
    await this.db
      .em()
      .query(`DELETE FROM ${SCHEMA}.measure_reading WHERE measure_id = $1 AND recorded_on = $2`, [measureId, day]);
    await this.db
      .em()
      .query(
        `INSERT INTO ${SCHEMA}.measure_reading (measure_id, value, recorded_on, recorded_by) VALUES ($1, $2, $3, $4)`,
        [measureId, value, day, recordedBy],
      );
  }
}
