import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UsersService } from '../users/users.service';
import { User } from '../users/users.types';
import { Connection, decodeCursor, pageSize, Roles, TenantDb, toConnection } from '@trustops/service-kit';
import { AuditConnection, AuditEntry } from './audit.types';

interface AuditRow {
  id: string;
  at: Date;
  trust_id: string;
  actor_id: string | null;
  actor_role: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
}

const isCursor = (value: unknown): value is { id: string } =>
  typeof (value as { id?: unknown })?.id === 'string' && /^\d+$/.test((value as { id: string }).id);

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => User, {
    nullable: true,
    description: 'null for system changes or a member who has since left the trust',
  })
  actor(@Parent() entry: AuditEntry) {
    return entry.actor ? this.users.byId(entry.actor.id) : null;
  }

  @Query(() => AuditConnection, { description: "Who changed what in your trust's directory, newest first" })
  @Roles('IT_DIRECTOR')
  async auditLog(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<AuditEntry>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, isCursor);
    const em = this.db.em();
    const rows: AuditRow[] = await em.query(
      `SELECT * FROM directory.audit_log WHERE ($1::bigint IS NULL OR id < $1::bigint) ORDER BY id DESC LIMIT $2`,
      [cursor?.id ?? null, limit + 1],
    );
    const [{ count }] = await em.query('SELECT count(*)::int AS count FROM directory.audit_log');
    return toConnection(rows.map(toEntry), limit, count, (e) => ({ id: e.id }));
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at,
    trustId: row.trust_id,
    actor: row.actor_id ? { id: row.actor_id } : null,
    actorRole: row.actor_role,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: row.before == null ? null : JSON.stringify(row.before),
    after: row.after == null ? null : JSON.stringify(row.after),
  };
}
