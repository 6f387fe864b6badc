import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, DomainError, notFound, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events.service';
import { ReferencesService, S } from '../references/references.service';
import {
  checkIncidentMove,
  icoDeadline,
  IncidentState,
  IncidentType,
  reviewRequired,
  Severity,
} from './incident-rules';
import { OpenIncidentInput } from './incidents.types';

export interface IncidentRow {
  id: string;
  title: string;
  description: string;
  type: IncidentType;
  severity: Severity;
  schoolIds: string[];
  commanderId: string | null;
  openedBy: string;
  state: IncidentState;
  awareAt: Date;
  icoDeadline: Date | null;
  icoNotifiedAt: Date | null;
  reviewRequired: boolean;
  reviewerId: string | null;
  linkedTicketIds: string[];
  linkedChangeIds: string[];
  openedAt: Date;
  resolvedAt: Date | null;
}

export const INCIDENT_COLUMNS = `id, title, description, type, severity, school_ids AS "schoolIds", commander_id AS "commanderId", opened_by AS "openedBy",
  state, aware_at AS "awareAt", ico_deadline AS "icoDeadline", ico_notified_at AS "icoNotifiedAt", review_required AS "reviewRequired",
  reviewer_id AS "reviewerId", linked_ticket_ids AS "linkedTicketIds", linked_change_ids AS "linkedChangeIds", opened_at AS "openedAt", resolved_at AS "resolvedAt"`;

export const incidentNotFound = (incidentId: string) =>
  notFound('INCIDENT_NOT_FOUND', 'No incident with that id that you can see', { incidentId });
const STAMP: Partial<Record<IncidentState, string>> = {
  MITIGATED: 'mitigated_at',
  RESOLVED: 'resolved_at',
  REVIEWED: 'reviewed_at',
};

/** Incidents: open, timeline, state, links, the ICO notification. Reviews live in ReviewsService. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  /** RLS narrows this for school scopes, and for a REVIEWER to the incidents assigned to them. */
  list(state: string[] | null): Promise<IncidentRow[]> {
    return this.db
      .em()
      .query(
        `SELECT ${INCIDENT_COLUMNS} FROM ${S}.incident WHERE $1::text[] IS NULL OR state = ANY ($1) ORDER BY opened_at DESC LIMIT 200`,
        [state?.length ? state : null],
      );
  }

  async get(id: string): Promise<IncidentRow | null> {
    const [row] = await this.db.em().query(`SELECT ${INCIDENT_COLUMNS} FROM ${S}.incident WHERE id = $1`, [id]);
    return row ?? null;
  }

  async require(id: string): Promise<IncidentRow> {
    const row = await this.get(id);
    if (!row) throw incidentNotFound(id);
    return row;
  }

  async open(actor: Actor, input: OpenIncidentInput, now = new Date()): Promise<IncidentRow> {
    const title = input.title.trim();
    if (!title || title.length > 200)
      throw badInput('Give the incident a title of 1 to 200 characters', { field: 'title' });
    if ((input.description ?? '').length > 20_000)
      throw badInput('Keep the description under 20,000 characters', { field: 'description' });
    const awareAt = input.awareAt ?? now;
    if (awareAt.getTime() > now.getTime() + 60_000)
      throw badInput('The trust cannot have become aware in the future', { field: 'awareAt' });
    await this.refs.requireSchools(actor, input.schoolIds);
    if (input.commanderId && !(await this.refs.member(input.commanderId)))
      throw badInput('The commander must be a member of your trust', { field: 'commanderId' });
    const needsReview = reviewRequired(input.type, input.severity);
    const deadline = icoDeadline(input.type, awareAt);
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${S}.incident (title, description, type, severity, school_ids, commander_id, opened_by, state, aware_at, ico_deadline, review_required)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'OPEN', $8, $9, $10) RETURNING id`,
      [
        title,
        input.description ?? '',
        input.type,
        input.severity,
        [...new Set(input.schoolIds)],
        input.commanderId ?? actor.userId,
        actor.userId,
        awareAt,
        deadline,
        needsReview,
      ],
    );
    await this.audit.record({
      entity: 'incident',
      entityId: id,
      action: 'opened',
      after: { ...input, reviewRequired: needsReview, icoDeadline: deadline },
    });
    await this.events.emit('incident.opened', {
      incidentId: id,
      title,
      schoolIds: input.schoolIds,
      type: input.type,
      severity: input.severity,
      state: 'OPEN',
      at: now.toISOString(),
      reviewRequired: needsReview,
      icoDeadline: deadline?.toISOString() ?? null,
    });
    return (await this.get(id))!;
  }

  async addEntry(
    actor: Actor,
    incidentId: string,
    body: string,
    at: Date | null,
  ): Promise<{ id: string; authorId: string; at: Date; body: string }> {
    const text = body.trim();
    if (!text || text.length > 10_000) throw badInput('A timeline entry is 1 to 10,000 characters', { field: 'body' });
    const incident = await this.require(incidentId);
    if (incident.state === 'REVIEWED')
      throw new DomainError('INCIDENT_CLOSED', 'CONFLICT', 'This incident is reviewed and closed', { incidentId });
    const [row] = await this.db
      .em()
      .query(
        `INSERT INTO ${S}.incident_entry (incident_id, author_id, body, at) VALUES ($1, $2, $3, coalesce($4, now())) RETURNING id, author_id AS "authorId", at, body`,
        [incidentId, actor.userId, text, at],
      );
    await this.audit.record({
      entity: 'incident',
      entityId: incidentId,
      action: 'timeline_entry',
      after: { entryId: row.id },
    });
    return row;
  }

  entries(incidentId: string): Promise<{ id: string; authorId: string; at: Date; body: string }[]> {
    return this.db
      .em()
      .query(
        `SELECT id, author_id AS "authorId", at, body FROM ${S}.incident_entry WHERE incident_id = $1 ORDER BY at, id`,
        [incidentId],
      );
  }

  async setState(actor: Actor, incidentId: string, state: IncidentState, now = new Date()): Promise<IncidentRow> {
    const incident = await this.require(incidentId);
    const [published] = await this.db.em().query(`SELECT 1 FROM ${S}.review WHERE incident_id = $1`, [incidentId]);
    const check = checkIncidentMove(incident.state, state, incident.reviewRequired, !!published);
    if (!check.ok)
      throw new DomainError(check.code, 'CONFLICT', check.message, { incidentId, from: incident.state, to: state });
    const stamp = STAMP[state];
    await this.db
      .em()
      .query(
        `UPDATE ${S}.incident SET state = $2${stamp ? `, ${stamp} = $3` : ''} WHERE id = $1`,
        stamp ? [incidentId, state, now] : [incidentId, state],
      );
    await this.audit.record({
      entity: 'incident',
      entityId: incidentId,
      action: 'state_changed',
      before: { state: incident.state },
      after: { state },
    });
    const payload = {
      incidentId,
      title: incident.title,
      schoolIds: incident.schoolIds,
      type: incident.type,
      severity: incident.severity,
      state,
      at: now.toISOString(),
    };
    await this.events.emit(state === 'RESOLVED' ? 'incident.resolved' : 'incident.state_changed', payload);
    return (await this.get(incidentId))!;
  }

  async recordIcoNotification(incidentId: string, at: Date): Promise<IncidentRow> {
    const incident = await this.require(incidentId);
    if (incident.type !== 'DATA_BREACH')
      throw badInput('Only a data breach is reported to the ICO', { field: 'incidentId' });
    if (at.getTime() > Date.now() + 60_000)
      throw badInput('The ICO cannot have been told in the future', { field: 'at' });
    await this.db.em().query(`UPDATE ${S}.incident SET ico_notified_at = $2 WHERE id = $1`, [incidentId, at]);
    await this.audit.record({ entity: 'incident', entityId: incidentId, action: 'ico_notified', after: { at } });
    await this.events.emit('incident.ico_notified', { incidentId, at: at.toISOString() });
    return (await this.get(incidentId))!;
  }

  async link(incidentId: string, ticketIds: string[], changeIds: string[]): Promise<IncidentRow> {
    const incident = await this.require(incidentId);
    if (changeIds.length) {
      const found: { id: string }[] = await this.db
        .em()
        .query(`SELECT id FROM ${S}.change_request WHERE id = ANY ($1::uuid[])`, [changeIds]);
      const missing = changeIds.filter((id) => !found.some((f) => f.id === id));
      if (missing.length)
        throw notFound('CHANGE_NOT_FOUND', 'No change with that id that you can see', { changeIds: missing });
    }
    await this.db.em().query(
      `UPDATE ${S}.incident SET linked_ticket_ids = ARRAY(SELECT DISTINCT unnest(linked_ticket_ids || $2::uuid[])),
         linked_change_ids = ARRAY(SELECT DISTINCT unnest(linked_change_ids || $3::uuid[])) WHERE id = $1`,
      [incidentId, ticketIds, changeIds],
    );
    await this.audit.record({
      entity: 'incident',
      entityId: incidentId,
      action: 'linked',
      before: { tickets: incident.linkedTicketIds, changes: incident.linkedChangeIds },
      after: { ticketIds, changeIds },
    });
    return (await this.get(incidentId))!;
  }
}
