import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { TenantDb } from '../db/tenant-db';
import { RequestStore } from '../db/request-context';
import { flushPendingWrites, PENDING_KEY, PendingWrites } from '../db/pending-writes';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Audit rows belong to the caller's transaction: the change and its record commit or fail together. Inside a
 * request or job they are written in one batch just before commit; anywhere else, at once.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: TenantDb,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const actor = this.cls.get('actor');
    const row = {
      actor_id: actor?.userId ?? null,
      actor_role: actor?.role ?? null,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
      request_id: this.cls.get('requestId') ?? null,
    };
    const pending = this.cls.get(PENDING_KEY) as PendingWrites | undefined;
    if (pending) {
      pending.audit.push(row);
      return;
    }
    await flushPendingWrites(this.db.em(), this.db.schema, { audit: [row], outbox: [] });
  }

  /** Before reading the audit log in the same transaction that wrote to it. */
  flush(): Promise<void> {
    return flushPendingWrites(this.db.em(), this.db.schema, this.cls.get(PENDING_KEY) as PendingWrites | undefined);
  }
}
