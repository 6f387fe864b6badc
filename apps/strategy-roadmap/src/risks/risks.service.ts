import { Injectable } from '@nestjs/common';
import { AuditService, badInput, isUuid } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { EventsService } from '../events/events.service';
import { InitiativeRow } from '../initiatives/initiatives.repository';
import { InitiativesService } from '../initiatives/initiatives.service';
import { checkRisk, scoreOf } from './risk-rules';
import { riskErrors } from './risks.errors';
import { RiskRow, RisksRepository } from './risks.repository';
import { RiskInput } from './risks.types';

/** The risk register: likelihood × impact, an owner, a mitigation, and the initiatives and incidents that bear on it. */
@Injectable()
export class RisksService {
  constructor(
    private readonly repository: RisksRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly initiatives: InitiativesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(): Promise<RiskRow[]> {
    return this.repository.list();
  }

  async require(id: string): Promise<RiskRow> {
    const row = await this.repository.find(id);
    if (!row) throw riskErrors.error('RISK_NOT_FOUND', 'No risk with that id in your trust', { riskId: id });
    return row;
  }

  /** The initiatives the risk names, in its order. */
  async initiativesOf(risk: RiskRow): Promise<InitiativeRow[]> {
    const rows = [];
    for (const id of risk.initiativeIds) rows.push(await this.initiatives.require(id));
    return rows;
  }

  /** A new risk (id null) or new values for one. */
  async save(id: string | null, input: RiskInput): Promise<RiskRow> {
    const texts = checkRisk(input);
    if (input.ownerId) await this.copies.requireMember(input.ownerId, 'ownerId');
    const initiativeIds = await this.initiatives.requireAll(input.initiativeIds ?? []);
    const fields = {
      ...texts,
      likelihood: input.likelihood,
      impact: input.impact,
      ownerId: input.ownerId ?? null,
      status: input.status ?? 'OPEN',
      initiativeIds,
    };
    const before = id ? await this.require(id) : null;
    const saved = id ?? (await this.repository.insert(fields));
    if (id) await this.repository.update(id, fields);
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
      score: scoreOf(row),
      status: row.status,
    });
    return row;
  }

  /** Incidents live in change management; the register keeps their ids (the gateway joins them). */
  async linkIncident(id: string, incidentId: string): Promise<RiskRow> {
    if (!isUuid(incidentId)) throw badInput('incidentId is not an incident id', { field: 'incidentId' });
    const before = await this.require(id);
    await this.repository.linkIncident(id, incidentId);
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
