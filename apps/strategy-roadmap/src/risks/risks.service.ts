import { Injectable } from '@nestjs/common';
import { AuditService, badInput, isUuid, notFound, TenantDb } from '@trustops/service-kit';
import { ReferencesService, S } from '../references/references.service';
import { EventsService } from '../shared';
import { RiskInput } from './risks.types';

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

const COLUMNS = `id, title, description, likelihood, impact, owner_id AS "ownerId", mitigation, status, incident_ids AS "incidentIds", initiative_ids AS "initiativeIds"`;

export function checkRisk(input: RiskInput): void {
  if (!input.title.trim() || input.title.length > 200)
    throw badInput('A risk has a title of 1 to 200 characters', { field: 'title' });
  for (const field of ['likelihood', 'impact'] as const) {
    if (!Number.isInteger(input[field]) || input[field] < 1 || input[field] > 5)
      throw badInput(`${field} is a whole number from 1 to 5`, { field });
  }
  if ((input.mitigation ?? '').length > 5000 || (input.description ?? '').length > 5000)
    throw badInput('Keep text under 5,000 characters', { field: 'mitigation' });
}

/** The risk register: likelihood × impact, an owner, a mitigation, and the initiatives and incidents that bear on it. */
@Injectable()
export class RisksService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(): Promise<RiskRow[]> {
    return this.db.em().query(`SELECT ${COLUMNS} FROM ${S}.risk ORDER BY status, likelihood * impact DESC, title`);
  }

  async require(id: string): Promise<RiskRow> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${S}.risk WHERE id = $1`, [id]);
    if (!row) throw notFound('RISK_NOT_FOUND', 'No risk with that id in your trust', { riskId: id });
    return row;
  }

  async save(id: string | null, input: RiskInput): Promise<RiskRow> {
    checkRisk(input);
    if (input.ownerId) await this.refs.requireMember(input.ownerId, 'ownerId');
    const initiativeIds = [...new Set(input.initiativeIds ?? [])];
    const found: unknown[] = await this.db
      .em()
      .query(`SELECT id FROM ${S}.initiative WHERE id = ANY ($1::uuid[])`, [initiativeIds]);
    if (found.length !== initiativeIds.length)
      throw notFound('INITIATIVE_NOT_FOUND', "An initiative named is not one of your trust's", { initiativeIds });
    const values = [
      input.title.trim(),
      input.description ?? '',
      input.likelihood,
      input.impact,
      input.ownerId ?? null,
      input.mitigation ?? '',
      input.status ?? 'OPEN',
      initiativeIds,
    ];
    const before = id ? await this.require(id) : null;
    const [{ id: saved }] = id
      ? await this.db.em().query(
          `WITH u AS (UPDATE ${S}.risk SET title = $2, description = $3, likelihood = $4, impact = $5, owner_id = $6, mitigation = $7, status = $8,
          initiative_ids = $9, updated_at = now() WHERE id = $1 RETURNING id) SELECT id FROM u`,
          [id, ...values],
        )
      : await this.db.em().query(
          `INSERT INTO ${S}.risk (title, description, likelihood, impact, owner_id, mitigation, status, initiative_ids)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          values,
        );
    const row = await this.require(saved);
    await this.audit.record({
      entity: 'risk',
      entityId: saved,
      action: id ? 'updated' : 'created',
      before,
      after: input,
    });
    await this.events.emit('risk.changed', {
      riskId: saved,
      likelihood: row.likelihood,
      impact: row.impact,
      score: row.likelihood * row.impact,
      status: row.status,
    });
    return row;
  }

  /** Incidents live in change management; the register keeps their ids (the gateway joins them). */
  async linkIncident(id: string, incidentId: string): Promise<RiskRow> {
    if (!isUuid(incidentId)) throw badInput('incidentId is not an incident id', { field: 'incidentId' });
    const before = await this.require(id);
    await this.db
      .em()
      .query(
        `UPDATE ${S}.risk SET incident_ids = ARRAY(SELECT DISTINCT unnest(incident_ids || $2::uuid)) WHERE id = $1`,
        [id, incidentId],
      );
    await this.audit.record({
      entity: 'risk',
      entityId: id,
      action: 'incident_linked',
      before: { incidentIds: before.incidentIds },
      after: { incidentId },
    });
    return this.require(id);
  }
}
