import {
  ChangeEvent,
  ChangeScheduled,
  EventEnvelope,
  IcoNotified,
  IcoWarning,
  IncidentEvent,
  IncidentOpened,
  InitiativeChanged,
  isOpen,
  ReviewPublished,
  StandardAssessed,
  TrustCreated,
  TicketRaised,
  TicketRated,
  TicketReplied,
  TicketStatusChanged,
} from '@trustops/contracts';
import { applyDirectoryEvent } from '@trustops/directory-copies';
import { EntityManager } from 'typeorm';
import { S } from '../schema';
import { resolvedWithinSla } from './resolution-rules';
import { RollupsRepository } from './rollups.repository';

type Handler = (rollups: RollupsRepository, p: never, at: string) => Promise<void>;

async function ticketStatusChanged(rollups: RollupsRepository, p: TicketStatusChanged): Promise<void> {
  const t = await rollups.ticket(p.ticketId);
  if (!t) return;
  if (t.resolvedAt && p.to === 'OPEN') {
    // reopened: the earlier resolution no longer counts
    await rollups.bump(p.schoolId, t.resolvedAt.toISOString(), {
      tickets_resolved: -1,
      sla_met: t.met ? -1 : 0,
      sla_breached: t.met ? 0 : -1,
    });
    await rollups.setResolution(p.ticketId, null, null);
  }
  if (p.to === 'RESOLVED') {
    const met = resolvedWithinSla(p, t);
    await rollups.setResolution(p.ticketId, p.at, met);
    await rollups.bump(p.schoolId, p.at, { tickets_resolved: 1, sla_met: met ? 1 : 0, sla_breached: met ? 0 : 1 });
  }
  await rollups.setTicketStatus(p);
  await rollups.backlog(p.schoolId, Number(isOpen(p.to)) - Number(isOpen(t.status)));
}

const HANDLERS: Record<string, Handler> = {
  'ticket.raised': async (rollups, p: TicketRaised) => {
    if (!(await rollups.addTicket(p))) return;
    await rollups.bump(p.schoolId, p.raisedAt, {
      tickets_opened: 1,
      enablement_opened: p.kind === 'ENABLEMENT' ? 1 : 0,
    });
    await rollups.backlog(p.schoolId, 1);
  },
  'ticket.replied': async (rollups, p: TicketReplied) => {
    if (p.firstResponse) await rollups.firstResponse(p.ticketId, p.at);
  },
  'ticket.status_changed': ticketStatusChanged,
  'ticket.rated': (rollups, p: TicketRated, at) => rollups.bump(p.schoolId, at, { csat_sum: p.score, csat_count: 1 }),

  'incident.opened': (rollups, p: IncidentOpened) => rollups.addIncident(p),
  'incident.state_changed': (rollups, p: IncidentEvent) => rollups.setIncidentState(p.incidentId, p.state),
  'incident.resolved': (rollups, p: IncidentEvent) => rollups.setIncidentState(p.incidentId, p.state),
  'incident.ico_warning': (rollups, p: IcoWarning) => rollups.raiseIcoWarning(p.incidentId, p.hoursSinceAware),
  'incident.ico_notified': (rollups, p: IcoNotified) => rollups.stopIcoClock(p.incidentId),
  'review.published': (rollups, p: ReviewPublished) => rollups.setReviewFindings(p.incidentId, p.findings),

  'change.submitted': (rollups, p: ChangeEvent) => rollups.upsertChange(p, null),
  'change.approved': (rollups, p: ChangeEvent) => rollups.upsertChange(p, null),
  'change.rejected': (rollups, p: ChangeEvent) => rollups.upsertChange(p, null),
  'change.scheduled': (rollups, p: ChangeScheduled) => rollups.upsertChange(p, p.start),
  'change.completed': async (rollups, p: ChangeEvent, at) => {
    await rollups.upsertChange(p, null);
    const counter = p.status === 'DONE' ? 'changes_done' : 'changes_failed';
    for (const schoolId of p.schoolIds) await rollups.bump(schoolId, at, { [counter]: 1 });
  },

  'initiative.created': (rollups, p: InitiativeChanged) => rollups.upsertInitiative(p),
  'initiative.moved': (rollups, p: InitiativeChanged) => rollups.upsertInitiative(p),
  'initiative.status_changed': (rollups, p: InitiativeChanged) => rollups.upsertInitiative(p),
  'standard.assessed': (rollups, p: StandardAssessed) => rollups.assessStandard(p),
};

/** Folds one event of another service into the rollups; events reporting does not fold are skipped. */
export async function foldEvent(event: EventEnvelope, rollups: RollupsRepository): Promise<void> {
  await HANDLERS[event.type]?.(rollups, event.payload as never, event.occurredAt);
}

/** Folds one event into the rollups. The live consumer and the rebuild both call this, so they cannot disagree. */
export async function applyReportingEvent(event: EventEnvelope, em: EntityManager): Promise<void> {
  if (event.type === 'trust.created') {
    // The board names the trust; a redelivery keeps the name the copy has.
    await em.query(`INSERT INTO ${S}.trust_ref (name) VALUES ($1) ON CONFLICT (trust_id) DO NOTHING`, [
      (event.payload as TrustCreated).name,
    ]);
    return;
  }
  if (['school.', 'calendar.', 'membership.'].some((prefix) => event.type.startsWith(prefix)))
    return applyDirectoryEvent(S, event, em);
  await foldEvent(event, new RollupsRepository(em));
}
