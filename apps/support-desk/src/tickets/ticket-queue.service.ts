import { Injectable } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { Actor, badInput, Connection, decodeCursor, pageSize, text, toConnection } from '@trustops/service-kit';
import { TicketEntity } from './ticket.entity';
import { QueueCursor, TicketQueueRepository, TicketSort } from './ticket-queue.repository';
import { TicketFilter } from './tickets.types';

export type { TicketSort };

const isCursor = (v: unknown): v is QueueCursor =>
  typeof (v as QueueCursor)?.at === 'string' &&
  typeof (v as QueueCursor)?.id === 'string' &&
  !Number.isNaN(Date.parse((v as QueueCursor).at)) &&
  ['DUE_SOONEST', 'NEWEST'].includes((v as QueueCursor).sort);

/** The queue (the IT team) or one's own requests (staff): cursor-paginated, with totalCount. */
@Injectable()
export class TicketQueueService {
  constructor(private readonly repo: TicketQueueRepository) {}

  async list(
    actor: Actor,
    first: number | null | undefined,
    after: string | null | undefined,
    filter: TicketFilter = {},
    sort: TicketSort = 'DUE_SOONEST',
  ): Promise<Connection<TicketEntity>> {
    const limit = pageSize(first, 100, 50);
    const cursor = decodeCursor(after, isCursor);
    if (cursor && cursor.sort !== sort)
      throw badInput('That cursor belongs to another sort order; start again from the first page', { field: 'after' });
    const checked =
      filter.text === undefined
        ? filter
        : { ...filter, text: text('text', filter.text, 'search', { label: 'Search text' }) };
    const { rows, total } = await this.repo.page({
      requesterId: can(actor.role, 'WORK_TICKETS') ? null : actor.userId, // staff: their own requests
      filter: checked,
      sort,
      after: cursor,
      limit: limit + 1,
    });
    return toConnection(rows, limit, total, (t) => ({
      at: (sort === 'NEWEST' ? t.createdAt : t.resolutionDueAt).toISOString(),
      id: t.id,
      sort,
    }));
  }
}
