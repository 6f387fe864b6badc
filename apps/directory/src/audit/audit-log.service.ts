import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, pageSize, toConnection } from '@trustops/service-kit';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuditLogRepository } from './audit-log.repository';
import { AuditEntry } from './audit.types';

const isCursor = (value: unknown): value is { id: string } =>
  typeof (value as { id?: unknown })?.id === 'string' && /^\d+$/.test((value as { id: string }).id);

@Injectable()
export class AuditLogService {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly users: UsersService,
  ) {}

  /** One page, newest first; the cursor is the id of the last entry seen. */
  async page(first: number | null, after: string | null): Promise<Connection<AuditEntry>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, isCursor);
    // One connection per transaction: one query at a time.
    const entries = await this.log.newestFirst(cursor?.id ?? null, limit + 1);
    const count = await this.log.count();
    return toConnection(entries, limit, count, (e) => ({ id: e.id }));
  }

  /** null for system changes, and for a member who has since left the trust (RLS no longer shows them). */
  actor(entry: AuditEntry): Promise<UserEntity | null> | null {
    return entry.actor ? this.users.byId(entry.actor.id) : null;
  }
}
