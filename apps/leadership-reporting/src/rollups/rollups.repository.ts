import {
  ChangeEvent,
  IncidentOpened,
  InitiativeChanged,
  StandardAssessed,
  TicketRaised,
  TicketStatusChanged,
} from '@trustops/contracts';
import { EntityManager } from 'typeorm';
import { S } from '../schema';
import { foldLockSql } from './fold-lock';

const DAY = (param: string) => `((${param})::timestamptz AT TIME ZONE 'Europe/London')::date`;

export type Counter =
  | 'tickets_opened'
  | 'enablement_opened'
  | 'tickets_resolved'
  | 'sla_met'
  | 'sla_breached'
  | 'csat_sum'
  | 'csat_count'
  | 'changes_done'
  | 'changes_failed';

/** What reporting keeps of a ticket between its events. */
export interface TicketState {
  status: string;
  resolvedAt: Date | null;
  met: boolean | null;
  raisedAt: Date;
  frDue: Date;
  frMinutes: number | null;
}

/**
 * The rollup tables, written in the transaction it is given: the live consumer's (under the trust's RLS) or a
 * rebuild's (an administrator connection). Not injected with TenantDb for that reason: both paths must fold
 * with the same statements, so they cannot disagree.
 */
export class RollupsRepository {
  constructor(readonly em: EntityManager) {}

  /** Waits while `pnpm rebuild-reporting` rebuilds this trust (it holds the lock exclusively). */
  async waitForRebuild(trustId: string): Promise<void> {
    await this.em.query(foldLockSql('shared'), [trustId]);
  }

  async backlog(schoolId: string, delta: number): Promise<void> {
    if (!delta) return;
    await this.em.query(
      `INSERT INTO ${S}.school_backlog (school_id, open) VALUES ($1, $2)
    ON CONFLICT (trust_id, school_id) DO UPDATE SET open = school_backlog.open + excluded.open`,
      [schoolId, delta],
    );
  }

  /** Adds to one school's counters for the London day of `at` (negative to take back, e.g. on a reopen). */
  async bump(schoolId: string, at: string, counts: Partial<Record<Counter, number>>): Promise<void> {
    const entries = Object.entries(counts).filter(([, n]) => n);
    if (!entries.length) return;
    const columns = entries.map(([c]) => c);
    await this.em.query(
      `INSERT INTO ${S}.school_day (school_id, day, ${columns.join(', ')}) VALUES ($1, ${DAY('$2')}, ${columns.map((_, i) => `$${i + 3}`).join(', ')})
     ON CONFLICT (trust_id, school_id, day) DO UPDATE SET ${columns.map((c) => `${c} = school_day.${c} + excluded.${c}`).join(', ')}`,
      [schoolId, at, ...entries.map(([, n]) => n)],
    );
  }

  /** False when the ticket was already there (the event came twice). */
  async addTicket(p: TicketRaised): Promise<boolean> {
    const [added] = await this.em.query(
      `INSERT INTO ${S}.ticket_state (ticket_id, school_id, kind, priority, status, raised_at, first_response_due_at, resolution_due_at)
       VALUES ($1, $2, $3, $4, 'NEW', $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ticket_id`,
      [p.ticketId, p.schoolId, p.kind, p.priority, p.raisedAt, p.firstResponseDueAt, p.resolutionDueAt],
    );
    return !!added;
  }

  async firstResponse(ticketId: string, at: string): Promise<void> {
    await this.em.query(
      `UPDATE ${S}.ticket_state SET first_response_minutes = extract(epoch FROM ($2::timestamptz - raised_at)) / 60
      WHERE ticket_id = $1 AND first_response_minutes IS NULL`,
      [ticketId, at],
    );
  }

  async ticket(ticketId: string): Promise<TicketState | undefined> {
    const [t] = await this.em.query(
      `SELECT status, resolved_at AS "resolvedAt", resolved_met AS "met", raised_at AS "raisedAt", first_response_due_at AS "frDue",
      first_response_minutes::float8 AS "frMinutes" FROM ${S}.ticket_state WHERE ticket_id = $1`,
      [ticketId],
    );
    return t;
  }

  /** `at` and `met` of the ticket's resolution; both null when a reopen takes it back. */
  async setResolution(ticketId: string, at: string | null, met: boolean | null): Promise<void> {
    await this.em.query(`UPDATE ${S}.ticket_state SET resolved_at = $2, resolved_met = $3 WHERE ticket_id = $1`, [
      ticketId,
      at,
      met,
    ]);
  }

  async setTicketStatus(p: TicketStatusChanged): Promise<void> {
    await this.em.query(`UPDATE ${S}.ticket_state SET status = $2, resolution_due_at = $3 WHERE ticket_id = $1`, [
      p.ticketId,
      p.to,
      p.resolutionDueAt,
    ]);
  }

  async addIncident(p: IncidentOpened): Promise<void> {
    await this.em.query(
      `INSERT INTO ${S}.incident_state (incident_id, title, school_ids, type, severity, state, ico_deadline, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      ON CONFLICT DO NOTHING`,
      [p.incidentId, p.title, p.schoolIds, p.type, p.severity, p.state, p.icoDeadline, p.at],
    );
  }

  async setIncidentState(incidentId: string, state: string): Promise<void> {
    await this.em.query(`UPDATE ${S}.incident_state SET state = $2 WHERE incident_id = $1`, [incidentId, state]);
  }

  /** The warning only grows: a late, lower one does not take it back. */
  async raiseIcoWarning(incidentId: string, hoursSinceAware: number): Promise<void> {
    await this.em.query(`UPDATE ${S}.incident_state SET ico_warned = greatest(ico_warned, $2) WHERE incident_id = $1`, [
      incidentId,
      hoursSinceAware,
    ]);
  }

  /** The ICO was told: the clock stops. */
  async stopIcoClock(incidentId: string): Promise<void> {
    await this.em.query(`UPDATE ${S}.incident_state SET ico_deadline = NULL WHERE incident_id = $1`, [incidentId]);
  }

  async setReviewFindings(incidentId: string, findings: string): Promise<void> {
    await this.em.query(`UPDATE ${S}.incident_state SET review_findings = $2 WHERE incident_id = $1`, [
      incidentId,
      findings,
    ]);
  }

  async upsertChange(p: ChangeEvent, start: string | null): Promise<void> {
    await this.em.query(
      `INSERT INTO ${S}.change_state (change_id, title, school_ids, status, scheduled_start) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (trust_id, change_id) DO UPDATE SET status = excluded.status, scheduled_start = coalesce(excluded.scheduled_start, change_state.scheduled_start)`,
      [p.changeId, p.title, p.schoolIds, p.status, start],
    );
  }

  async upsertInitiative(p: InitiativeChanged): Promise<void> {
    await this.em.query(
      `INSERT INTO ${S}.initiative_state (initiative_id, title, horizon, school_ids, status, rag) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (trust_id, initiative_id) DO UPDATE SET title = excluded.title, horizon = excluded.horizon, school_ids = excluded.school_ids,
      status = excluded.status, rag = excluded.rag`,
      [p.initiativeId, p.title, p.horizon, p.schoolIds, p.status, p.rag],
    );
  }

  async assessStandard(p: StandardAssessed): Promise<void> {
    await this.em.query(
      `INSERT INTO ${S}.standard_state (school_id, standard_id, code, level) VALUES ($1, $2, $3, $4)
    ON CONFLICT (trust_id, school_id, standard_id) DO UPDATE SET level = excluded.level, code = excluded.code`,
      [p.schoolId, p.standardId, p.code, p.level],
    );
  }
}
