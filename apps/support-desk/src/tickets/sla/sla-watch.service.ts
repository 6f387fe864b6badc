import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AuditService, BASE_CONFIG, BaseConfig, createLogger, REDIS, TenantDb } from '@trustops/service-kit';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { TicketEntity } from '../ticket.entity';
import { alertsDue, applyAlert, nextAlertAt } from './sla-alerts';
import { TicketEventsService } from '../ticket-events.service';

const QUEUE = 'sla-watch';
const BATCH = 500;

/** How often the watcher sweeps, from SLA_WATCH_EVERY_MS (default 30 s; 0 turns it off on this replica). */
export function watchInterval(env: Record<string, string | undefined> = process.env): number {
  const every = Number(env.SLA_WATCH_EVERY_MS ?? 30_000);
  if (!Number.isInteger(every) || every < 0) throw new Error(`SLA_WATCH_EVERY_MS must be a whole number of milliseconds, got "${env.SLA_WATCH_EVERY_MS}"`);
  return every;
}

/**
 * Finds SLA warnings and breaches on the server (never in a client): a BullMQ job scheduler runs one sweep per
 * interval across all replicas; each sweep emits ticket.sla_warning / ticket.sla_breached once per clock and level.
 */
@Injectable()
export class SlaWatchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = createLogger('SlaWatch');
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) private readonly config: BaseConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = watchInterval();
    if (!every) return;
    const connection = { connection: this.redis, prefix: this.config.namespace };
    this.queue = new Queue(QUEUE, connection);
    await this.queue.upsertJobScheduler('sweep', { every }, { name: 'sweep', opts: { removeOnComplete: 100, removeOnFail: 100 } });
    this.worker = new Worker(QUEUE, () => this.sweep(), { ...connection, concurrency: 1 });
    this.worker.on('failed', (_job: unknown, error: Error) => this.logger.error({ err: error }, 'SLA sweep failed; the next one retries'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
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
