import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { copiedTrustIds } from '@trustops/directory-copies';
import { AuditService, Clock, RepeatingJobs, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events/events.service';
import { icoWarningsDue } from './incident-rules';
import { IncidentWatchRepository } from './incident-watch.repository';

/**
 * On the server, per INCIDENT_WATCH_EVERY_MS (default 60 s, 0 for off): warns at 48 and 66 hours into a data
 * breach's ICO clock until the ICO is told, and flags review actions once past due. Each alert once.
 */
@Injectable()
export class IncidentWatchService implements OnApplicationBootstrap {
  constructor(
    private readonly db: TenantDb,
    private readonly watch: IncidentWatchRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly jobs: RepeatingJobs,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.every('incident-watch', 'INCIDENT_WATCH_EVERY_MS', 60_000, () => this.sweep());
  }

  /** Every trust change management holds copies for, each in its own transaction; how many alerts were raised. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let raised = 0;
    for (const trustId of await copiedTrustIds(this.db))
      raised += await this.db.runInTenant({ trustId }, () => this.sweepTrust(now));
    return raised;
  }

  private async sweepTrust(now: Date): Promise<number> {
    let raised = 0;
    for (const c of await this.watch.icoClocksRunning(now)) {
      for (const hours of icoWarningsDue(c.awareAt, c.icoAlerted, null, now)) {
        await this.events.emit('incident.ico_warning', {
          incidentId: c.id,
          schoolIds: c.schoolIds,
          hoursSinceAware: hours,
          icoDeadline: c.icoDeadline.toISOString(),
        });
        await this.audit.record({ entity: 'incident', entityId: c.id, action: 'ico_warning', after: { hours } });
        await this.watch.markIcoWarned(c.id, hours);
        raised++;
      }
    }
    for (const a of await this.watch.overdueActions(now)) {
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
      await this.watch.markOverdue(a.id);
      raised++;
    }
    return raised;
  }
}
