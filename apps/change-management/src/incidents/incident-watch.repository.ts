import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../service-schema';

export interface IcoClockRow {
  id: string;
  schoolIds: string[];
  awareAt: Date;
  icoDeadline: Date;
  icoAlerted: number;
}
export interface DueActionRow {
  id: string;
  incidentId: string;
  ownerId: string;
  dueOn: string;
}

/**
 * What the incident watcher reads and marks, one trust at a time. Rows are locked SKIP LOCKED, so two replicas
 * sweeping at once never alert the same clock or action twice.
 */
@Injectable()
export class IncidentWatchRepository {
  constructor(private readonly db: TenantDb) {}

  /** Data breaches 48 hours or more into their ICO clock, the ICO not yet told, a warning perhaps still owed. */
  icoClocksRunning(now: Date): Promise<IcoClockRow[]> {
    return this.db.em().query(
      `SELECT id, school_ids AS "schoolIds", aware_at AS "awareAt", ico_deadline AS "icoDeadline", ico_alerted AS "icoAlerted"
       FROM ${SCHEMA}.incident
       WHERE ico_deadline IS NOT NULL AND ico_notified_at IS NULL AND ico_alerted < 66
         AND aware_at <= $1::timestamptz - interval '48 hours'
       FOR UPDATE SKIP LOCKED`,
      [now],
    );
  }

  async markIcoWarned(incidentId: string, hours: number): Promise<void> {
    await this.db.em().query(`UPDATE ${SCHEMA}.incident SET ico_alerted = $2 WHERE id = $1`, [incidentId, hours]);
  }

  /** Open review actions past their due day (in London) and not yet flagged. */
  overdueActions(now: Date): Promise<DueActionRow[]> {
    return this.db.em().query(
      `SELECT id, incident_id AS "incidentId", owner_id AS "ownerId", to_char(due_on, 'YYYY-MM-DD') AS "dueOn"
       FROM ${SCHEMA}.review_action
       WHERE status = 'OPEN' AND NOT overdue_alerted AND due_on < ($1::timestamptz AT TIME ZONE 'Europe/London')::date
       FOR UPDATE SKIP LOCKED`,
      [now],
    );
  }

  async markOverdue(actionId: string): Promise<void> {
    await this.db.em().query(`UPDATE ${SCHEMA}.review_action SET overdue_alerted = true WHERE id = $1`, [actionId]);
  }
}
