import { Injectable } from '@nestjs/common';
import { copiedTrustIds } from '@trustops/directory-copies';
import { TenantDb } from '@trustops/service-kit';
import { S } from '../schema';
import { Cadence } from './schedule-rules';

export interface ScheduleRow {
  id: string;
  cadence: Cadence;
  recipients: string[];
  nextRunAt: Date;
  lastSentAt: Date | null;
}

/** One attempt to send a schedule's pack: the range it covered and the message id, or why it failed. */
export interface Delivery {
  scheduleId: string;
  recipients: string[];
  range: { from: string; to: string };
  messageId: string | null;
  error: string | null;
}

const COLUMNS = `id, cadence, recipients, next_run_at AS "nextRunAt", last_sent_at AS "lastSentAt"`;

/** The report schedules of the current trust (RLS) and their deliveries. */
@Injectable()
export class SchedulesRepository {
  constructor(private readonly db: TenantDb) {}

  list(): Promise<ScheduleRow[]> {
    return this.db.em().query(`SELECT ${COLUMNS} FROM ${S}.report_schedule ORDER BY created_at`);
  }

  async add(cadence: Cadence, recipients: string[], nextRunAt: Date, createdBy: string): Promise<ScheduleRow> {
    const [row] = await this.db
      .em()
      .query(
        `INSERT INTO ${S}.report_schedule (cadence, recipients, next_run_at, created_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [cadence, recipients, nextRunAt, createdBy],
      );
    return row;
  }

  /** The schedule as it was, or undefined when the trust has none with that id. */
  async remove(id: string): Promise<ScheduleRow | undefined> {
    const [row] = await this.db
      .em()
      .query(`WITH gone AS (DELETE FROM ${S}.report_schedule WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM gone`, [
        id,
      ]);
    return row;
  }

  /** Every trust with schools here: the sweep visits each under its own RLS. */
  trustIds(): Promise<string[]> {
    return copiedTrustIds(this.db);
  }

  /** The most overdue schedule, locked for this transaction; one another pass holds is skipped, not waited for. */
  async nextDue(now: Date): Promise<ScheduleRow | undefined> {
    const [due] = await this.db.em().query(
      `SELECT ${COLUMNS} FROM ${S}.report_schedule WHERE next_run_at <= $1 ORDER BY next_run_at LIMIT 1
      FOR UPDATE SKIP LOCKED`,
      [now],
    );
    return due;
  }

  async recordDelivery(d: Delivery): Promise<void> {
    await this.db
      .em()
      .query(
        `INSERT INTO ${S}.report_delivery (schedule_id, recipients, range_from, range_to, message_id, error) VALUES ($1, $2, $3, $4, $5, $6)`,
        [d.scheduleId, d.recipients, d.range.from, d.range.to, d.messageId, d.error],
      );
  }

  /** The next run; `sentAt` null (the send failed) keeps the last successful send. */
  async moveOn(id: string, nextRunAt: Date, sentAt: Date | null): Promise<void> {
    await this.db
      .em()
      .query(
        `UPDATE ${S}.report_schedule SET next_run_at = $2, last_sent_at = coalesce($3::timestamptz, last_sent_at) WHERE id = $1`,
        [id, nextRunAt, sentAt],
      );
  }
}
