import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AuditService, BASE_CONFIG, BaseConfig, createLogger, intervalFromEnv, REDIS, startRepeatingJob, TenantDb } from '@trustops/service-kit';
import type { Redis } from 'ioredis';
import { TicketEntity } from '../ticket.entity';
import { alertsDue, applyAlert, nextAlertAt } from './sla-alerts';
import { TicketEventsService } from '../ticket-events.service';

const BATCH = 500;

/**
 * Finds SLA warnings and breaches on the server (never in a client): one sweep per SLA_WATCH_EVERY_MS (default
 * 30 s, 0 for off) across all replicas; each sweep emits ticket.sla_warning / ticket.sla_breached once per clock
 * and level.
 */
@Injectable()
export class SlaWatchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = createLogger('SlaWatch');
  private job?: { close(): Promise<void> };

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) private readonly config: BaseConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const everyMs = intervalFromEnv('SLA_WATCH_EVERY_MS', 30_000);
    if (everyMs) this.job = await startRepeatingJob({ name: 'sla-watch', everyMs, redis: this.redis, prefix: this.config.namespace, run: () => this.sweep() });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.close();
  }

  /** One pass over every trust; returns how many alerts were raised. */
  async sweep(now = new Date()): Promise<number> {
    const trusts: { trust_id: string }[] = await this.db.runAsSystem((em) => em.query('SELECT trust_id FROM support_desk.trust_ref'));
    let raised = 0;
    for (const { trust_id: trustId } of trusts) {
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
    const repo = this.db.repo(TicketEntity);
    const due = await repo.createQueryBuilder('t').where('t.next_alert_at <= :now', { now })
      .orderBy('t.next_alert_at').limit(BATCH).setLock('pessimistic_write').setOnLocked('skip_locked').getMany();
    let raised = 0;
    for (const ticket of due) {
      const alerts = alertsDue(ticket, now);
      for (const alert of alerts) {
        applyAlert(ticket, alert);
        const type = alert.level === 'WARNING' ? 'ticket.sla_warning' : 'ticket.sla_breached';
        await this.events.emit(type, {
          ticketId: ticket.id, number: ticket.number, schoolId: ticket.schoolId, priority: ticket.priority, assigneeId: ticket.assigneeId,
          clock: alert.clock, dueAt: alert.dueAt.toISOString(), at: now.toISOString(),
        });
        await this.audit.record({ entity: 'ticket', entityId: ticket.id, action: type.slice('ticket.'.length), after: alert });
      }
      raised += alerts.length;
      ticket.nextAlertAt = nextAlertAt(ticket);
      await repo.update({ id: ticket.id }, {
        firstResponseAlerted: ticket.firstResponseAlerted, resolutionAlerted: ticket.resolutionAlerted, nextAlertAt: ticket.nextAlertAt,
      });
    }
    return [raised, due.length];
  }
}
