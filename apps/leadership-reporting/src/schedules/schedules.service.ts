import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Actor, AuditService, createLogger, notFound, RepeatingJobs, TenantDb } from '@trustops/service-kit';
import { copiedTrustIds } from '@trustops/directory-copies';
import { createTransport, Transporter } from 'nodemailer';
import { S } from '../rollups/apply-event';
import { PackDataService } from '../pack/pack-data';
import { packPdf } from '../pack/pack-pdf';
import { Cadence, checkRecipients, nextRun, rangeFor } from './schedule-rules';

export interface ScheduleRow {
  id: string;
  cadence: Cadence;
  recipients: string[];
  nextRunAt: Date;
  lastSentAt: Date | null;
}
const COLUMNS = `id, cadence, recipients, next_run_at AS "nextRunAt", last_sent_at AS "lastSentAt"`;

/**
 * Board packs by email on a schedule: a BullMQ job (REPORT_SCHEDULE_EVERY_MS, default 60 s, 0 for off) finds due
 * schedules, renders the PDF and sends it over SMTP (SMTP_URL), recording each delivery.
 */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = createLogger('ReportSchedules');
  private readonly mail: Transporter = createTransport(process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025');

  constructor(
    private readonly db: TenantDb,
    private readonly pack: PackDataService,
    private readonly audit: AuditService,
    private readonly jobs: RepeatingJobs,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.every('report-schedules', 'REPORT_SCHEDULE_EVERY_MS', 60_000, () => this.sendDue());
  }

  onApplicationShutdown(): void {
    this.mail.close();
  }

  list(): Promise<ScheduleRow[]> {
    return this.db.em().query(`SELECT ${COLUMNS} FROM ${S}.report_schedule ORDER BY created_at`);
  }

  async create(actor: Actor, cadence: Cadence, recipients: string[], now = new Date()): Promise<ScheduleRow> {
    const clean = checkRecipients(recipients);
    const [row] = await this.db
      .em()
      .query(
        `INSERT INTO ${S}.report_schedule (cadence, recipients, next_run_at, created_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [cadence, clean, nextRun(cadence, now), actor.userId],
      );
    await this.audit.record({
      entity: 'report_schedule',
      entityId: row.id,
      action: 'created',
      after: { cadence, recipients: clean },
    });
    return row;
  }

  async cancel(id: string): Promise<boolean> {
    const [row] = await this.db
      .em()
      .query(`WITH gone AS (DELETE FROM ${S}.report_schedule WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM gone`, [
        id,
      ]);
    if (!row) throw notFound('SCHEDULE_NOT_FOUND', 'No report schedule with that id in your trust', { scheduleId: id });
    await this.audit.record({ entity: 'report_schedule', entityId: id, action: 'cancelled', before: row });
    return true;
  }

  /** One pass: every trust's due schedules, each sent and moved on in its own transaction. */
  async sendDue(now = new Date()): Promise<number> {
    let sent = 0;
    for (const trustId of await copiedTrustIds(this.db)) {
      for (;;) {
        const done = await this.db.runInTenant({ trustId }, () => this.sendOne(now));
        if (!done) break;
        sent++;
      }
    }
    return sent;
  }

  private async sendOne(now: Date): Promise<boolean> {
    const [due]: ScheduleRow[] = await this.db.em().query(
      `SELECT ${COLUMNS} FROM ${S}.report_schedule WHERE next_run_at <= $1 ORDER BY next_run_at LIMIT 1
      FOR UPDATE SKIP LOCKED`,
      [now],
    );
    if (!due) return false;
    const range = rangeFor(due.cadence, now);
    const data = await this.pack.gather(range.from, range.to);
    let messageId: string | null = null;
    let error: string | null = null;
    try {
      const info = await this.mail.sendMail({
        from: process.env.REPORTS_FROM ?? 'TrustOps <reports@trustops.local>',
        to: due.recipients,
        subject: `${data.trust}: IT board pack, ${range.from} to ${range.to}`,
        text: `The IT board pack for ${range.from} to ${range.to} is attached.\n\nOpen tickets: ${data.totals.openTickets}. SLA met: ${data.totals.slaMetPercent ?? '—'}%. Open incidents: ${data.totals.openIncidents}.`,
        attachments: [
          {
            filename: `board-pack-${range.from}-${range.to}.pdf`,
            content: await packPdf(data),
            contentType: 'application/pdf',
          },
        ],
      });
      messageId = info.messageId;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      this.logger.warn({ err: e, scheduleId: due.id }, 'board pack not sent; it will be tried at the next run');
    }
    await this.db
      .em()
      .query(
        `INSERT INTO ${S}.report_delivery (schedule_id, recipients, range_from, range_to, message_id, error) VALUES ($1, $2, $3, $4, $5, $6)`,
        [due.id, due.recipients, range.from, range.to, messageId, error],
      );
    await this.db
      .em()
      .query(
        `UPDATE ${S}.report_schedule SET next_run_at = $2, last_sent_at = CASE WHEN $3 THEN now() ELSE last_sent_at END WHERE id = $1`,
        [due.id, nextRun(due.cadence, now), !error],
      );
    await this.audit.record({
      entity: 'report_schedule',
      entityId: due.id,
      action: error ? 'send_failed' : 'sent',
      after: { range, recipients: due.recipients, error },
    });
    return true;
  }
}
