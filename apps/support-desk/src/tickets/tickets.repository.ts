import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { TicketEntity, TicketReplyEntity } from './ticket.entity';
import { AuditRow } from './ticket-history';

/**
 * The next per-trust ticket number, e.g. NLT-1043, from the trust's own sequence (no lock held until commit),
 * as SQL for the ticket's INSERT. RLS leaves one trust_ref row: the caller's.
 */
const NEXT_NUMBER_SQL = `(SELECT code || '-' || nextval(format('support_desk.ticket_no_%s', replace(trust_id::text, '-', ''))::regclass) FROM support_desk.trust_ref)`;

export type NewTicket = Omit<TicketEntity, 'id' | 'number' | 'trustId' | 'createdAt'>;
export type NewReply = Pick<TicketReplyEntity, 'ticketId' | 'schoolId' | 'authorId' | 'body' | 'internal'>;
export interface HistoryRow extends AuditRow {
  actorId: string | null;
  at: Date;
}

/** Tickets and their replies and history, in the request's transaction: RLS adds the trust and school scope. */
@Injectable()
export class TicketsRepository {
  constructor(private readonly db: TenantDb) {}

  /** One statement: the number comes from the trust's sequence inside the INSERT; the rest is known, so no read back. */
  async insert(ticket: NewTicket): Promise<{ id: string; number: string }> {
    const { raw } = await this.db
      .repo(TicketEntity)
      .createQueryBuilder()
      .insert()
      .into(TicketEntity)
      .values({ ...ticket, number: () => NEXT_NUMBER_SQL })
      .returning(['id', 'number'])
      .execute();
    return { id: raw[0].id, number: raw[0].number };
  }

  byId(id: string): Promise<TicketEntity | null> {
    return this.db.repo(TicketEntity).findOneBy({ id });
  }

  async save(ticket: TicketEntity): Promise<void> {
    await this.db.repo(TicketEntity).save(ticket);
  }

  /** The tickets linked to `parentId`, oldest first. */
  children(parentId: string): Promise<TicketEntity[]> {
    return this.db.repo(TicketEntity).find({ where: { parentId }, order: { createdAt: 'ASC' } });
  }

  hasChildren(parentId: string): Promise<boolean> {
    return this.db.repo(TicketEntity).exists({ where: { parentId } });
  }

  async addReply(reply: NewReply): Promise<string> {
    const repo = this.db.repo(TicketReplyEntity);
    return (await repo.save(repo.create(reply))).id;
  }

  reply(id: string): Promise<TicketReplyEntity | null> {
    return this.db.repo(TicketReplyEntity).findOneBy({ id });
  }

  replyOrFail(id: string): Promise<TicketReplyEntity> {
    return this.db.repo(TicketReplyEntity).findOneByOrFail({ id });
  }

  replies(ticketId: string): Promise<TicketReplyEntity[]> {
    return this.db.repo(TicketReplyEntity).find({ where: { ticketId }, order: { createdAt: 'ASC' } });
  }

  /** The ticket's audit rows, oldest first. */
  history(ticketId: string): Promise<HistoryRow[]> {
    return this.db
      .em()
      .query(
        `SELECT action, before, after, actor_id AS "actorId", at FROM support_desk.audit_log WHERE entity = 'ticket' AND entity_id = $1 ORDER BY id`,
        [ticketId],
      );
  }
}
