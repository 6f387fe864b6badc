import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../service-schema';
import { IncidentState, IncidentType, Severity } from './incident-rules';

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

export type NewIncident = Pick<
  IncidentRow,
  | 'title'
  | 'description'
  | 'type'
  | 'severity'
  | 'schoolIds'
  | 'commanderId'
  | 'openedBy'
  | 'awareAt'
  | 'icoDeadline'
  | 'reviewRequired'
>;

export interface TimelineEntryRow {
  id: string;
  authorId: string;
  at: Date;
  body: string;
}

const COLUMNS = `id, title, description, type, severity, school_ids AS "schoolIds", commander_id AS "commanderId",
  opened_by AS "openedBy", state, aware_at AS "awareAt", ico_deadline AS "icoDeadline", ico_notified_at AS "icoNotifiedAt",
  review_required AS "reviewRequired", reviewer_id AS "reviewerId", linked_ticket_ids AS "linkedTicketIds",
  linked_change_ids AS "linkedChangeIds", opened_at AS "openedAt", resolved_at AS "resolvedAt"`;

/** The column stamped with the time an incident reaches a state. */
const STAMP: Partial<Record<IncidentState, string>> = {
  MITIGATED: 'mitigated_at',
  RESOLVED: 'resolved_at',
  REVIEWED: 'reviewed_at',
};

/** Incidents and their timelines in SQL, under RLS (which also narrows a REVIEWER to their assigned incidents). */
@Injectable()
export class IncidentsRepository {
  constructor(private readonly db: TenantDb) {}

  list(states: readonly string[] | null): Promise<IncidentRow[]> {
    return this.db
      .em()
      .query(
        `SELECT ${COLUMNS} FROM ${SCHEMA}.incident WHERE $1::text[] IS NULL OR state = ANY ($1) ORDER BY opened_at DESC LIMIT 200`,
        [states?.length ? states : null],
      );
  }

  async get(id: string): Promise<IncidentRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${SCHEMA}.incident WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** A new OPEN incident; its id. */
  async insert(incident: NewIncident): Promise<string> {
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.incident (title, description, type, severity, school_ids, commander_id, opened_by, state,
         aware_at, ico_deadline, review_required)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'OPEN', $8, $9, $10) RETURNING id`,
      [
        incident.title,
        incident.description,
        incident.type,
        incident.severity,
        incident.schoolIds,
        incident.commanderId,
        incident.openedBy,
        incident.awareAt,
        incident.icoDeadline,
        incident.reviewRequired,
      ],
    );
    return id;
  }

  /** `at` null: the time of the transaction. */
  async addEntry(incidentId: string, authorId: string, body: string, at: Date | null): Promise<TimelineEntryRow> {
    const [row] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.incident_entry (incident_id, author_id, body, at) VALUES ($1, $2, $3, coalesce($4, now()))
       RETURNING id, author_id AS "authorId", at, body`,
      [incidentId, authorId, body, at],
    );
    return row;
  }

  entries(incidentId: string): Promise<TimelineEntryRow[]> {
    return this.db
      .em()
      .query(
        `SELECT id, author_id AS "authorId", at, body FROM ${SCHEMA}.incident_entry WHERE incident_id = $1 ORDER BY at, id`,
        [incidentId],
      );
  }

  /** Everyone who wrote on the incident's timeline. */
  async entryAuthors(incidentId: string): Promise<string[]> {
    const [row] = await this.db
      .em()
      .query(
        `SELECT coalesce(array_agg(DISTINCT author_id), '{}') AS ids FROM ${SCHEMA}.incident_entry WHERE incident_id = $1`,
        [incidentId],
      );
    return row.ids;
  }

  async reviewPublished(incidentId: string): Promise<boolean> {
    const [row] = await this.db.em().query(`SELECT 1 FROM ${SCHEMA}.review WHERE incident_id = $1`, [incidentId]);
    return !!row;
  }

  async setState(incidentId: string, state: IncidentState, at: Date): Promise<void> {
    const stamp = STAMP[state];
    await this.db
      .em()
      .query(
        `UPDATE ${SCHEMA}.incident SET state = $2${stamp ? `, ${stamp} = $3` : ''} WHERE id = $1`,
        stamp ? [incidentId, state, at] : [incidentId, state],
      );
  }

  async setIcoNotified(incidentId: string, at: Date): Promise<void> {
    await this.db.em().query(`UPDATE ${SCHEMA}.incident SET ico_notified_at = $2 WHERE id = $1`, [incidentId, at]);
  }

  async setReviewer(incidentId: string, reviewerId: string): Promise<void> {
    await this.db.em().query(`UPDATE ${SCHEMA}.incident SET reviewer_id = $2 WHERE id = $1`, [incidentId, reviewerId]);
  }

  /** Adds to the linked tickets and changes, each once. */
  async link(incidentId: string, ticketIds: string[], changeIds: string[]): Promise<void> {
    await this.db.em().query(
      `UPDATE ${SCHEMA}.incident SET linked_ticket_ids = ARRAY(SELECT DISTINCT unnest(linked_ticket_ids || $2::uuid[])),
         linked_change_ids = ARRAY(SELECT DISTINCT unnest(linked_change_ids || $3::uuid[])) WHERE id = $1`,
      [incidentId, ticketIds, changeIds],
    );
  }
}
