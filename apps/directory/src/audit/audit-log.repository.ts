import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { AuditEntry } from './audit.types';

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

/** The directory's audit rows, of the caller's trust only (RLS); the kit's AuditService writes them. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly db: TenantDb) {}

  /** Up to `limit` entries, newest first, older than the entry `beforeId` when given. */
  async newestFirst(beforeId: string | null, limit: number): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.db
      .em()
      .query(
        `SELECT * FROM directory.audit_log WHERE ($1::bigint IS NULL OR id < $1::bigint) ORDER BY id DESC LIMIT $2`,
        [beforeId, limit],
      );
    return rows.map(toEntry);
  }

  async count(): Promise<number> {
    const [{ count }] = await this.db.em().query('SELECT count(*)::int AS count FROM directory.audit_log');
    return count;
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
