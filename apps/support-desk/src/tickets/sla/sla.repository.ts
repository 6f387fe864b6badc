import { Injectable } from '@nestjs/common';
import { copiedTrustIds } from '@trustops/directory-copies';
import { TenantDb } from '@trustops/service-kit';
import { TicketEntity } from '../ticket.entity';
import { Priority } from '../ticket-rules';

export interface SetTarget {
  priority: Priority;
  first: number;
  resolution: number;
}

/** The trust's SLA targets, and the tickets the SLA watcher looks at. */
@Injectable()
export class SlaRepository {
  constructor(private readonly db: TenantDb) {}

  /** The priorities the trust has set (the others use the default). */
  targets(): Promise<SetTarget[]> {
    return this.db
      .em()
      .query(
        'SELECT priority, first_response_minutes AS first, resolution_minutes AS resolution FROM support_desk.sla_target',
      );
  }

  async setTarget({ priority, first, resolution }: SetTarget): Promise<void> {
    await this.db.em().query(
      `INSERT INTO support_desk.sla_target (priority, first_response_minutes, resolution_minutes) VALUES ($1, $2, $3)
       ON CONFLICT (trust_id, priority) DO UPDATE SET first_response_minutes = $2, resolution_minutes = $3`,
      [priority, first, resolution],
    );
  }

  /** Every trust with schools in the desk's copies: the watcher sweeps each under its own RLS. */
  trustIds(): Promise<string[]> {
    return copiedTrustIds(this.db);
  }

  /**
   * Up to `limit` tickets of the current trust owed a look by `now`, locked; rows another replica's sweep holds
   * are skipped, so replicas share the work instead of alerting twice.
   */
  dueForAlert(now: Date, limit: number): Promise<TicketEntity[]> {
    return this.db
      .repo(TicketEntity)
      .createQueryBuilder('t')
      .where('t.next_alert_at <= :now', { now })
      .orderBy('t.next_alert_at')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async saveAlerts(
    t: Pick<TicketEntity, 'id' | 'firstResponseAlerted' | 'resolutionAlerted' | 'nextAlertAt'>,
  ): Promise<void> {
    await this.db.repo(TicketEntity).update(
      { id: t.id },
      {
        firstResponseAlerted: t.firstResponseAlerted,
        resolutionAlerted: t.resolutionAlerted,
        nextAlertAt: t.nextAlertAt,
      },
    );
  }
}
