import { Injectable } from '@nestjs/common';
import { Actor, badInput, Connection, decodeCursor, pageSize, TenantDb, toConnection } from '@trustops/service-kit';
import { SelectQueryBuilder } from 'typeorm';
import { TicketEntity } from './ticket.entity';
import { TicketFilter } from './tickets.types';
import { WORKERS } from './tickets.service';

/** The sort key of the last row seen (`at`: its due time, or its creation time when newest first). */
interface Cursor {
  at: string;
  id: string;
  sort: TicketSort;
}
export type TicketSort = 'DUE_SOONEST' | 'NEWEST';
const isCursor = (v: unknown): v is Cursor =>
  typeof (v as Cursor)?.at === 'string' &&
  typeof (v as Cursor)?.id === 'string' &&
  !Number.isNaN(Date.parse((v as Cursor).at)) &&
  ['DUE_SOONEST', 'NEWEST'].includes((v as Cursor).sort);

/**
 * The SLA state as SQL over the stored due and warning times: ticket-rules.slaStateOf says the same in code, and
 * sla.int.spec checks that every ticket lands in exactly the state the code gives it. No term can be NULL.
 */
const BREACHED = `(coalesce(t.first_responded_at, t.resolved_at, now()) > t.first_response_due_at
  OR (t.status IN ('NEW','OPEN') AND t.resolution_due_at < now())
  OR (t.status IN ('RESOLVED','CLOSED') AND coalesce(t.resolved_at, now()) > t.resolution_due_at))`;
const WARNED = `((t.first_responded_at IS NULL AND t.first_response_warning_at <= now()) OR t.resolution_warning_at <= now())`;
const SLA_SQL: Record<string, string> = {
  BREACHED,
  PAUSED: `(t.status = 'WAITING' AND NOT ${BREACHED})`,
  MET: `(t.status IN ('RESOLVED','CLOSED') AND NOT ${BREACHED})`,
  WARNING: `(t.status IN ('NEW','OPEN') AND NOT ${BREACHED} AND ${WARNED})`,
  ON_TRACK: `(t.status IN ('NEW','OPEN') AND NOT ${BREACHED} AND NOT ${WARNED})`,
};

const OPEN = ['NEW', 'OPEN', 'WAITING'];

/** The technician's usual view: some schools, open statuses, nothing else. */
const isSchoolQueue = (f: TicketFilter) =>
  !!f.schoolIds?.length &&
  f.schoolIds.length <= 20 &&
  !!f.status?.length &&
  f.status.every((s) => OPEN.includes(s)) &&
  !f.priority?.length &&
  !f.kind?.length &&
  !f.slaState?.length &&
  !f.assigneeId &&
  !f.team &&
  f.text === undefined;

/**
 * For that view, the first page is at most `limit` rows from each school's own walk of the
 * (school, due, id) index, merged: a few hundred rows read instead of every open ticket of the schools
 * (measured at 1M tickets: a bitmap scan and sort of 12,000 rows otherwise).
 */
const schoolQueueCandidates = (after: boolean) => `t.id IN (
  SELECT c.id FROM unnest(ARRAY[:...schoolIds]::uuid[]) AS s(school_id), LATERAL (
    SELECT x.id FROM support_desk.ticket x
    WHERE x.school_id = s.school_id AND x.status IN (:...status)${after ? ' AND (x.resolution_due_at, x.id) > (:at, :id)' : ''}
    ORDER BY x.resolution_due_at, x.id LIMIT :limit) c)`;

/**
 * The queue: sorted by resolution due time (soonest first), cursor-paginated, with totalCount. The open-status
 * filter matches the partial indexes, which is what keeps the first page cheap at a million tickets.
 */
@Injectable()
export class TicketQueueService {
  constructor(private readonly db: TenantDb) {}

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
    const query = this.filtered(actor, filter);
    const count = query.clone().getCount();
    const [column, direction, op] =
      sort === 'NEWEST' ? (['t.created_at', 'DESC', '<'] as const) : (['t.resolution_due_at', 'ASC', '>'] as const);
    if (cursor) query.andWhere(`(${column}, t.id) ${op} (:at, :id)`, { at: cursor.at, id: cursor.id });
    if (sort === 'DUE_SOONEST' && isSchoolQueue(filter))
      query.andWhere(schoolQueueCandidates(cursor !== null), { limit: limit + 1 });
    const rows = await query
      .orderBy(column, direction)
      .addOrderBy('t.id', direction)
      .limit(limit + 1)
      .getMany();
    return toConnection(rows, limit, await count, (t) => ({
      at: (sort === 'NEWEST' ? t.createdAt : t.resolutionDueAt).toISOString(),
      id: t.id,
      sort,
    }));
  }

  private filtered(actor: Actor, filter: TicketFilter): SelectQueryBuilder<TicketEntity> {
    const q = this.db.repo(TicketEntity).createQueryBuilder('t');
    if (!WORKERS.includes(actor.role)) q.andWhere('t.requester_id = :me', { me: actor.userId }); // staff: their own requests
    if (filter.schoolIds?.length) q.andWhere('t.school_id IN (:...schoolIds)', { schoolIds: filter.schoolIds });
    if (filter.status?.length) q.andWhere('t.status IN (:...status)', { status: filter.status });
    if (filter.priority?.length) q.andWhere('t.priority IN (:...priority)', { priority: filter.priority });
    if (filter.kind?.length) q.andWhere('t.kind IN (:...kind)', { kind: filter.kind });
    if (filter.team) q.andWhere('t.team = :team', { team: filter.team });
    if (filter.assigneeId) q.andWhere('t.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.slaState?.length) {
      q.andWhere(`(${filter.slaState.map((state) => SLA_SQL[state]).join(' OR ')})`);
    }
    if (filter.text !== undefined) {
      const text = filter.text.trim();
      if (!text || text.length > 200) throw badInput('Search text must be 1 to 200 characters', { field: 'text' });
      q.andWhere(`t.search @@ websearch_to_tsquery('english', :text)`, { text });
    }
    return q;
  }
}
