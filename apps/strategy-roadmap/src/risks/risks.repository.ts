import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';

export interface RiskRow {
  id: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  ownerId: string | null;
  mitigation: string;
  status: string;
  incidentIds: string[];
  initiativeIds: string[];
}
export type RiskFields = Omit<RiskRow, 'id' | 'incidentIds'>;

const COLUMNS = `id, title, description, likelihood, impact, owner_id AS "ownerId", mitigation, status,
  incident_ids AS "incidentIds", initiative_ids AS "initiativeIds"`;

const values = (r: RiskFields) => [
  r.title,
  r.description,
  r.likelihood,
  r.impact,
  r.ownerId,
  r.mitigation,
  r.status,
  r.initiativeIds,
];

/** The risk register, under RLS. */
@Injectable()
export class RisksRepository {
  constructor(private readonly db: TenantDb) {}

  /** Open risks first, highest score first. */
  list(): Promise<RiskRow[]> {
    return this.db.em().query(`SELECT ${COLUMNS} FROM ${SCHEMA}.risk ORDER BY status, likelihood * impact DESC, title`);
  }

  async find(id: string): Promise<RiskRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${SCHEMA}.risk WHERE id = $1`, [id]);
    return row ?? null;
  }

  async insert(risk: RiskFields): Promise<string> {
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.risk (title, description, likelihood, impact, owner_id, mitigation, status, initiative_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      values(risk),
    );
    return id;
  }

  update(id: string, risk: RiskFields): Promise<unknown> {
    return this.db.em().query(
      `UPDATE ${SCHEMA}.risk SET title = $2, description = $3, likelihood = $4, impact = $5, owner_id = $6,
         mitigation = $7, status = $8, initiative_ids = $9, updated_at = now() WHERE id = $1`,
      [id, ...values(risk)],
    );
  }

  /** Adds the incident's id once. */
  linkIncident(id: string, incidentId: string): Promise<unknown> {
    return this.db
      .em()
      .query(
        `UPDATE ${SCHEMA}.risk SET incident_ids = ARRAY(SELECT DISTINCT unnest(incident_ids || $2::uuid)) WHERE id = $1`,
        [id, incidentId],
      );
  }
}
