import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, Clock, optionalText, text } from '@trustops/service-kit';
import { changeErrors } from '../changes/changes.errors';
import { ChangesRepository } from '../changes/changes.repository';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { EventsService } from '../events/events.service';
import { checkIncidentMove, icoDeadline, IncidentState, reviewRequired } from './incident-rules';
import { incidentErrors, incidentNotFound } from './incidents.errors';
import { IncidentRow, IncidentsRepository, TimelineEntryRow } from './incidents.repository';
import { OpenIncidentInput } from './incidents.types';

/** A minute's grace for clocks a little ahead of ours when someone says "when" something happened. */
const CLOCK_SKEW_MS = 60_000;

/** Incidents: open, timeline, state, links, the ICO notification. Reviews live in ReviewsService. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly incidents: IncidentsRepository,
    private readonly changes: ChangesRepository,
    private readonly copies: DirectoryCopiesRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  /** RLS narrows this for school scopes, and for a REVIEWER to the incidents assigned to them. */
  list(states: readonly string[] | null): Promise<IncidentRow[]> {
    return this.incidents.list(states);
  }

  get(id: string): Promise<IncidentRow | null> {
    return this.incidents.get(id);
  }

  async require(id: string): Promise<IncidentRow> {
    const row = await this.incidents.get(id);
    if (!row) throw incidentNotFound(id);
    return row;
  }

  async open(actor: Actor, input: OpenIncidentInput): Promise<IncidentRow> {
    const now = this.clock.now();
    const title = text('title', input.title, 'title');
    const description = optionalText('description', input.description, 'description') ?? '';
    const awareAt = input.awareAt ?? now;
    if (awareAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw badInput('The trust cannot have become aware in the future', { field: 'awareAt' });
    await this.copies.requireSchools(actor, input.schoolIds);
    if (input.commanderId && !(await this.copies.member(input.commanderId)))
      throw badInput('The commander must be a member of your trust', { field: 'commanderId' });
    const needsReview = reviewRequired(input.type, input.severity);
    const deadline = icoDeadline(input.type, awareAt);
    const id = await this.incidents.insert({
      title,
      description,
      type: input.type,
      severity: input.severity,
      schoolIds: [...new Set(input.schoolIds)],
      commanderId: input.commanderId ?? actor.userId,
      openedBy: actor.userId,
      awareAt,
      icoDeadline: deadline,
      reviewRequired: needsReview,
    });
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
    return this.require(id);
  }

  async addEntry(actor: Actor, incidentId: string, body: string, at: Date | null): Promise<TimelineEntryRow> {
    // 10,000 rather than the table's 20,000 for a description: the limit timeline entries have always had.
    const said = text('body', body, 'description', { label: 'A timeline entry', max: 10_000 });
    const incident = await this.require(incidentId);
    if (incident.state === 'REVIEWED')
      throw incidentErrors.error('INCIDENT_CLOSED', 'This incident is reviewed and closed', { incidentId });
    const entry = await this.incidents.addEntry(incidentId, actor.userId, said, at);
    await this.audit.record({
      entity: 'incident',
      entityId: incidentId,
      action: 'timeline_entry',
      after: { entryId: entry.id },
    });
    return entry;
  }

  entries(incidentId: string): Promise<TimelineEntryRow[]> {
    return this.incidents.entries(incidentId);
  }

  async setState(actor: Actor, incidentId: string, state: IncidentState): Promise<IncidentRow> {
    const now = this.clock.now();
    const incident = await this.require(incidentId);
    const published = await this.incidents.reviewPublished(incidentId);
    const check = checkIncidentMove(incident.state, state, incident.reviewRequired, published);
    if (!check.ok)
      throw incidentErrors.error(check.code, check.message, { incidentId, from: incident.state, to: state });
    await this.incidents.setState(incidentId, state, now);
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
    return this.require(incidentId);
  }

  /** `at` null: now. */
  async recordIcoNotification(incidentId: string, at: Date | null): Promise<IncidentRow> {
    const now = this.clock.now();
    const told = at ?? now;
    const incident = await this.require(incidentId);
    if (incident.type !== 'DATA_BREACH')
      throw badInput('Only a data breach is reported to the ICO', { field: 'incidentId' });
    if (told.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw badInput('The ICO cannot have been told in the future', { field: 'at' });
    await this.incidents.setIcoNotified(incidentId, told);
    await this.audit.record({ entity: 'incident', entityId: incidentId, action: 'ico_notified', after: { at: told } });
    await this.events.emit('incident.ico_notified', { incidentId, at: told.toISOString() });
    return this.require(incidentId);
  }

  async link(incidentId: string, ticketIds: string[], changeIds: string[]): Promise<IncidentRow> {
    const incident = await this.require(incidentId);
    if (changeIds.length) {
      const found = await this.changes.visibleIds(changeIds);
      const missing = changeIds.filter((id) => !found.includes(id));
      if (missing.length)
        throw changeErrors.error('CHANGE_NOT_FOUND', 'No change with that id that you can see', {
          changeIds: missing,
        });
    }
    await this.incidents.link(incidentId, ticketIds, changeIds);
    await this.audit.record({
      entity: 'incident',
      entityId: incidentId,
      action: 'linked',
      before: { tickets: incident.linkedTicketIds, changes: incident.linkedChangeIds },
      after: { ticketIds, changeIds },
    });
    return this.require(incidentId);
  }
}
