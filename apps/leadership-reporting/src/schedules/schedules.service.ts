import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Actor, AuditService, Clock, createLogger, RepeatingJobs, TenantDb } from '@trustops/service-kit';
import { PackDataService } from '../pack/pack-data.service';
import { packPdf } from '../pack/pack-pdf';
import { PackMailer } from './pack-mailer';
import { Cadence, checkRecipients, nextRun, rangeFor } from './schedule-rules';
import { scheduleErrors } from './schedules.errors';
import { ScheduleRow, SchedulesRepository } from './schedules.repository';

/**
 * Board packs by email on a schedule: a BullMQ job (REPORT_SCHEDULE_EVERY_MS, default 60 s, 0 for off) finds due
 * schedules, renders the PDF and sends it over SMTP, recording each delivery.
 */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap {
  private readonly logger = createLogger('ReportSchedules');

  constructor(
    private readonly db: TenantDb,
    private readonly repository: SchedulesRepository,
    private readonly pack: PackDataService,
    private readonly mailer: PackMailer,
    private readonly audit: AuditService,
    private readonly jobs: RepeatingJobs,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.every('report-schedules', 'REPORT_SCHEDULE_EVERY_MS', 60_000, () => this.sendDue());
  }

  list(): Promise<ScheduleRow[]> {
    return this.repository.list();
  }

  /** The first pack goes one cadence from now. */
  async create(actor: Actor, cadence: Cadence, recipients: string[]): Promise<ScheduleRow> {
    const clean = checkRecipients(recipients);
    const row = await this.repository.add(cadence, clean, nextRun(cadence, this.clock.now()), actor.userId);
    await this.audit.record({
      entity: 'report_schedule',
      entityId: row.id,
      action: 'created',
      after: { cadence, recipients: clean },
    });
    return row;
  }

  async cancel(id: string): Promise<boolean> {
    const row = await this.repository.remove(id);
    if (!row)
      throw scheduleErrors.error('SCHEDULE_NOT_FOUND', 'No report schedule with that id in your trust', {
        scheduleId: id,
      });
    await this.audit.record({ entity: 'report_schedule', entityId: id, action: 'cancelled', before: row });
    return true;
  }

  /** One pass: every trust's due schedules, each sent and moved on in its own transaction. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    let sent = 0;
    for (const trustId of await this.repository.trustIds()) {
      for (;;) {
        const done = await this.db.runInTenant({ trustId }, () => this.sendOne(now));
        if (!done) break;
        sent++;
      }
    }
    return sent;
  }

  /** A failed send is recorded and tried again at the next run, not sooner: the range moves on with it. */
  private async sendOne(now: Date): Promise<boolean> {
    const due = await this.repository.nextDue(now);
    if (!due) return false;
    const range = rangeFor(due.cadence, now);
    const data = await this.pack.gather(range.from, range.to);
    let messageId: string | null = null;
    let error: string | null = null;
    try {
      messageId = await this.mailer.send({
        to: due.recipients,
        subject: `${data.trust}: IT board pack, ${range.from} to ${range.to}`,
        text: `The IT board pack for ${range.from} to ${range.to} is attached.\n\nOpen tickets: ${data.totals.openTickets}. SLA met: ${data.totals.slaMetPercent ?? '—'}%. Open incidents: ${data.totals.openIncidents}.`,
        pdf: { filename: `board-pack-${range.from}-${range.to}.pdf`, content: await packPdf(data) },
      });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      this.logger.warn({ err: e, scheduleId: due.id }, 'board pack not sent; it will be tried at the next run');
    }
    await this.repository.recordDelivery({ scheduleId: due.id, recipients: due.recipients, range, messageId, error });
    await this.repository.moveOn(due.id, nextRun(due.cadence, now), error ? null : now);
    await this.audit.record({
      entity: 'report_schedule',
      entityId: due.id,
      action: error ? 'send_failed' : 'sent',
      after: { range, recipients: due.recipients, error },
    });
    return true;
  }
}
