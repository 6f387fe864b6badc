import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AuditService, RepeatingJobs, TenantDb } from '@trustops/service-kit';
import { copiedTrustIds } from '@trustops/directory-copies';
import { EventsService } from '../events.service';
import { S } from '../references/references.service';
import { icoWarningsDue } from './incident-rules';

interface IcoRow {
  id: string;
  schoolIds: string[];
  awareAt: Date;
  icoDeadline: Date;
  icoAlerted: number;
}
interface DueAction {
  id: string;
  incidentId: string;
  ownerId: string;
  dueOn: string;
}

/**
 * On the server, per INCIDENT_WATCH_EVERY_MS (default 60 s, 0 for off): warns at 48 and 66 hours into a data
 * breach's ICO clock until the ICO is told, and flags review actions once past due. Each alert once.
 */
@Injectable()
export class IncidentWatchService implements OnApplicationBootstrap {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly jobs: RepeatingJobs,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.every('incident-watch', 'INCIDENT_WATCH_EVERY_MS', 60_000, () => this.sweep());
  }

  async sweep(now = new Date()): Promise<number> {
    let raised = 0;
    for (const trustId of await copiedTrustIds(this.db))
      raised += await this.db.runInTenant({ trustId }, () => this.sweepTrust(now));
    return raised;
  }

  private async sweepTrust(now: Date): Promise<number> {
    const em = this.db.em();
    let raised = 0;
    const clocks: IcoRow[] = await em.query(
      `SELECT id, school_ids AS "schoolIds", aware_at AS "awareAt", ico_deadline AS "icoDeadline", ico_alerted AS "icoAlerted" FROM ${S}.incident
       WHERE ico_deadline IS NOT NULL AND ico_notified_at IS NULL AND ico_alerted < 66 AND aware_at <= $1::timestamptz - interval '48 hours' FOR UPDATE SKIP LOCKED`,
      [now],
    );
    for (const c of clocks) {
      for (const hours of icoWarningsDue(c.awareAt, c.icoAlerted, null, now)) {
        await this.events.emit('incident.ico_warning', {
          incidentId: c.id,
          schoolIds: c.schoolIds,
          hoursSinceAware: hours,
          icoDeadline: c.icoDeadline.toISOString(),
        });
        await this.audit.record({ entity: 'incident', entityId: c.id, action: 'ico_warning', after: { hours } });
        await em.query(`UPDATE ${S}.incident SET ico_alerted = $2 WHERE id = $1`, [c.id, hours]);
        raised++;
      }
    }
    const overdue: DueAction[] = await em.query(
      `SELECT id, incident_id AS "incidentId", owner_id AS "ownerId", to_char(due_on, 'YYYY-MM-DD') AS "dueOn" FROM ${S}.review_action
       WHERE status = 'OPEN' AND NOT overdue_alerted AND due_on < ($1::timestamptz AT TIME ZONE 'Europe/London')::date FOR UPDATE SKIP LOCKED`,
      [now],
    );
    for (const a of overdue) {
      await this.events.emit('action.overdue', {
        actionId: a.id,
        incidentId: a.incidentId,
        ownerId: a.ownerId,
        dueOn: a.dueOn,
      });
      await this.audit.record({
        entity: 'review_action',
        entityId: a.id,
        action: 'overdue',
        after: { dueOn: a.dueOn },
      });
      await em.query(`UPDATE ${S}.review_action SET overdue_alerted = true WHERE id = $1`, [a.id]);
      raised++;
    }
    return raised;
  }
}
