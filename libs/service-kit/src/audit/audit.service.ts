import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { TenantDb } from '../db/tenant-db';
import { RequestStore } from '../db/request-context';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit row in the caller's transaction: the change and its record commit or fail together. */
@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb, private readonly cls: ClsService<RequestStore>) {}

  async record(entry: AuditEntry): Promise<void> {
    const actor = this.cls.get('actor');
    await this.db.em().query(
      `INSERT INTO ${this.db.schema}.audit_log (actor_id, actor_role, entity, entity_id, action, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [actor?.userId ?? null, actor?.role ?? null, entry.entity, entry.entityId, entry.action,
        toJson(entry.before), toJson(entry.after), this.cls.get('requestId') ?? null],
    );
  }
}

const toJson = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
