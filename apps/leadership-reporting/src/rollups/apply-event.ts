import {
  ChangeEvent,
  ChangeScheduled,
  EventEnvelope,
  IcoNotified,
  IcoWarning,
  IncidentEvent,
  IncidentOpened,
  InitiativeChanged,
  ReviewPublished,
  StandardAssessed,
  TicketRaised,
  TicketRated,
  TicketReplied,
  TicketStatusChanged,
} from '@trustops/contracts';
import { applyDirectoryEvent } from '@trustops/directory-copies';
import { EntityManager } from 'typeorm';

export const S = 'leadership_reporting';
const DAY = (param: string) => `((${param})::timestamptz AT TIME ZONE 'Europe/London')::date`;

type Counter =
  | 'tickets_opened'
  | 'enablement_opened'
  | 'tickets_resolved'
  | 'sla_met'
  | 'sla_breached'
  | 'csat_sum'
  | 'csat_count'
  | 'changes_done'
  | 'changes_failed';

const OPEN = ['NEW', 'OPEN', 'WAITING'];

async function backlog(em: EntityManager, schoolId: string, delta: number): Promise<void> {
  if (!delta) return;
  await em.query(
    `INSERT INTO ${S}.school_backlog (school_id, open) VALUES ($1, $2)
    ON CONFLICT (trust_id, school_id) DO UPDATE SET open = school_backlog.open + excluded.open`,
    [schoolId, delta],
  );
}

/** Adds to one school's counters for the London day of `at` (negative to take back, e.g. on a reopen). */
async function bump(
  em: EntityManager,
  schoolId: string,
  at: string,
  counts: Partial<Record<Counter, number>>,
): Promise<void> {
  const entries = Object.entries(counts).filter(([, n]) => n);
  if (!entries.length) return;
  const columns = entries.map(([c]) => c);
  await em.query(
    `INSERT INTO ${S}.school_day (school_id, day, ${columns.join(', ')}) VALUES ($1, ${DAY('$2')}, ${columns.map((_, i) => `$${i + 3}`).join(', ')})
     ON CONFLICT (trust_id, school_id, day) DO UPDATE SET ${columns.map((c) => `${c} = school_day.${c} + excluded.${c}`).join(', ')}`,
    [schoolId, at, ...entries.map(([, n]) => n)],
  );
}

const HANDLERS: Record<string, (em: EntityManager, p: never, at: string) => Promise<void>> = {
  'ticket.raised': async (em, p: TicketRaised) => {
    const [added] = await em.query(
      `INSERT INTO ${S}.ticket_state (ticket_id, school_id, kind, priority, status, raised_at, first_response_due_at, resolution_due_at)
       VALUES ($1, $2, $3, $4, 'NEW', $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ticket_id`,
      [p.ticketId, p.schoolId, p.kind, p.priority, p.raisedAt, p.firstResponseDueAt, p.resolutionDueAt],
    );
    if (!added) return;
    await bump(em, p.schoolId, p.raisedAt, { tickets_opened: 1, enablement_opened: p.kind === 'ENABLEMENT' ? 1 : 0 });
    await backlog(em, p.schoolId, 1);
  },
  'ticket.replied': async (em, p: TicketReplied) => {
    if (!p.firstResponse) return;
    await em.query(
      `UPDATE ${S}.ticket_state SET first_response_minutes = extract(epoch FROM ($2::timestamptz - raised_at)) / 60
      WHERE ticket_id = $1 AND first_response_minutes IS NULL`,
      [p.ticketId, p.at],
    );
  },
  'ticket.status_changed': async (em, p: TicketStatusChanged) => {
    const [t] = await em.query(
      `SELECT status, resolved_at AS "resolvedAt", resolved_met AS "met", raised_at AS "raisedAt", first_response_due_at AS "frDue",
      first_response_minutes::float8 AS "frMinutes" FROM ${S}.ticket_state WHERE ticket_id = $1`,
      [p.ticketId],
    );
    if (!t) return;
    if (t.resolvedAt && p.to === 'OPEN') {
      // reopened: the earlier resolution no longer counts
      await bump(em, p.schoolId, t.resolvedAt.toISOString(), {
        tickets_resolved: -1,
        sla_met: t.met ? -1 : 0,
        sla_breached: t.met ? 0 : -1,
      });
      await em.query(`UPDATE ${S}.ticket_state SET resolved_at = NULL, resolved_met = NULL WHERE ticket_id = $1`, [
        p.ticketId,
      ]);
    }
    if (p.to === 'RESOLVED') {
      const responded = t.frMinutes === null ? new Date(p.at) : new Date(t.raisedAt.getTime() + t.frMinutes * 60_000);
      const met = new Date(p.at) <= new Date(p.resolutionDueAt) && responded <= t.frDue;
      await em.query(`UPDATE ${S}.ticket_state SET resolved_at = $2, resolved_met = $3 WHERE ticket_id = $1`, [
        p.ticketId,
        p.at,
        met,
      ]);
      await bump(em, p.schoolId, p.at, { tickets_resolved: 1, sla_met: met ? 1 : 0, sla_breached: met ? 0 : 1 });
    }
    await em.query(`UPDATE ${S}.ticket_state SET status = $2, resolution_due_at = $3 WHERE ticket_id = $1`, [
      p.ticketId,
      p.to,
      p.resolutionDueAt,
    ]);
    await backlog(em, p.schoolId, Number(OPEN.includes(p.to)) - Number(OPEN.includes(t.status)));
  },
  'ticket.rated': (em, p: TicketRated, at) => bump(em, p.schoolId, at, { csat_sum: p.score, csat_count: 1 }),

  'incident.opened': async (em, p: IncidentOpened) => {
    await em.query(
      `INSERT INTO ${S}.incident_state (incident_id, title, school_ids, type, severity, state, ico_deadline, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      ON CONFLICT DO NOTHING`,
      [p.incidentId, p.title, p.schoolIds, p.type, p.severity, p.state, p.icoDeadline, p.at],
    );
  },
  'incident.state_changed': (em, p: IncidentEvent) =>
    em.query(`UPDATE ${S}.incident_state SET state = $2 WHERE incident_id = $1`, [p.incidentId, p.state]),
  'incident.resolved': (em, p: IncidentEvent) =>
    em.query(`UPDATE ${S}.incident_state SET state = $2 WHERE incident_id = $1`, [p.incidentId, p.state]),
  'incident.ico_warning': (em, p: IcoWarning) =>
    em.query(`UPDATE ${S}.incident_state SET ico_warned = greatest(ico_warned, $2) WHERE incident_id = $1`, [
      p.incidentId,
      p.hoursSinceAware,
    ]),
  'incident.ico_notified': (em, p: IcoNotified) =>
    em.query(`UPDATE ${S}.incident_state SET ico_deadline = NULL WHERE incident_id = $1`, [p.incidentId]),
  'review.published': (em, p: ReviewPublished) =>
    em.query(`UPDATE ${S}.incident_state SET review_findings = $2 WHERE incident_id = $1`, [p.incidentId, p.findings]),

  'change.submitted': (em, p: ChangeEvent) => upsertChange(em, p, null),
  'change.approved': (em, p: ChangeEvent) => upsertChange(em, p, null),
  'change.rejected': (em, p: ChangeEvent) => upsertChange(em, p, null),
  'change.scheduled': (em, p: ChangeScheduled) => upsertChange(em, p, p.start),
  'change.completed': async (em, p: ChangeEvent, at) => {
    await upsertChange(em, p, null);
    const counter = p.status === 'DONE' ? 'changes_done' : 'changes_failed';
    for (const schoolId of p.schoolIds) await bump(em, schoolId, at, { [counter]: 1 });
  },

  'initiative.created': (em, p: InitiativeChanged) => upsertInitiative(em, p),
  'initiative.moved': (em, p: InitiativeChanged) => upsertInitiative(em, p),
  'initiative.status_changed': (em, p: InitiativeChanged) => upsertInitiative(em, p),
  'standard.assessed': (em, p: StandardAssessed) =>
    em.query(
      `INSERT INTO ${S}.standard_state (school_id, standard_id, code, level) VALUES ($1, $2, $3, $4)
    ON CONFLICT (trust_id, school_id, standard_id) DO UPDATE SET level = excluded.level, code = excluded.code`,
      [p.schoolId, p.standardId, p.code, p.level],
    ),
};

function upsertChange(em: EntityManager, p: ChangeEvent, start: string | null) {
  return em.query(
    `INSERT INTO ${S}.change_state (change_id, title, school_ids, status, scheduled_start) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (trust_id, change_id) DO UPDATE SET status = excluded.status, scheduled_start = coalesce(excluded.scheduled_start, change_state.scheduled_start)`,
    [p.changeId, p.title, p.schoolIds, p.status, start],
  );
}

function upsertInitiative(em: EntityManager, p: InitiativeChanged) {
  return em.query(
    `INSERT INTO ${S}.initiative_state (initiative_id, title, horizon, school_ids, status, rag) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (trust_id, initiative_id) DO UPDATE SET title = excluded.title, horizon = excluded.horizon, school_ids = excluded.school_ids,
      status = excluded.status, rag = excluded.rag`,
    [p.initiativeId, p.title, p.horizon, p.schoolIds, p.status, p.rag],
  );
}

/** Folds one event into the rollups. The live consumer and the rebuild both call this, so they cannot disagree. */
export async function applyReportingEvent(event: EventEnvelope, em: EntityManager): Promise<void> {
  if (event.type.startsWith('school.') || event.type.startsWith('calendar.')) return applyDirectoryEvent(S, event, em);
  await HANDLERS[event.type]?.(em, event.payload as never, event.occurredAt);
}
