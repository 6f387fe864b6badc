import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AuditService, Clock, createLogger, RepeatingJobs, TenantDb } from '@trustops/service-kit';
import { TicketEventsService } from '../ticket-events.service';
import { alertsDue, applyAlert, nextAlertAt } from './sla-alerts';
import { SlaRepository } from './sla.repository';

const BATCH = 500;

/**
 * Finds SLA warnings and breaches on the server (never in a client): one sweep per SLA_WATCH_EVERY_MS (default
 * 30 s, 0 for off) across all replicas; each sweep emits ticket.sla_warning / ticket.sla_breached once per clock
 * and level.
 */
@Injectable()
export class SlaWatchService implements OnApplicationBootstrap {
  private readonly logger = createLogger('SlaWatch');

  constructor(
    private readonly db: TenantDb,
    private readonly repo: SlaRepository,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
    private readonly jobs: RepeatingJobs,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.every('sla-watch', 'SLA_WATCH_EVERY_MS', 30_000, () => this.sweep());
  }

  /** One pass over every trust; returns how many alerts were raised. */
  async sweep(now = this.clock.now()): Promise<number> {
    let raised = 0;
    for (const trustId of await this.repo.trustIds()) {
      let found: number;
      do {
        const [count, batch] = await this.db.runInTenant({ trustId }, () => this.sweepTrust(now));
        raised += count;
        found = batch;
      } while (found === BATCH);
    }
    if (raised) this.logger.info({ raised }, 'SLA alerts raised');
    return raised;
  }

  private async sweepTrust(now: Date): Promise<[number, number]> {
    const due = await this.repo.dueForAlert(now, BATCH);
    let raised = 0;
    for (const ticket of due) {
      const alerts = alertsDue(ticket, now);
      for (const alert of alerts) {
        applyAlert(ticket, alert);
        const type = alert.level === 'WARNING' ? 'ticket.sla_warning' : 'ticket.sla_breached';
        await this.events.emit(type, {
          ticketId: ticket.id,
          number: ticket.number,
          schoolId: ticket.schoolId,
          priority: ticket.priority,
          assigneeId: ticket.assigneeId,
          clock: alert.clock,
          dueAt: alert.dueAt.toISOString(),
          at: now.toISOString(),
        });
        await this.audit.record({
          entity: 'ticket',
          entityId: ticket.id,
          action: type.slice('ticket.'.length),
          after: alert,
        });
      }
      raised += alerts.length;
      ticket.nextAlertAt = nextAlertAt(ticket);
      await this.repo.saveAlerts(ticket);
    }
    return [raised, due.length];
  }
}
