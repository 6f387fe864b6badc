import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { TenantDb } from '../db/tenant-db';
import { RequestStore } from '../db/request-context';
import { flushPendingWrites, PENDING_KEY, PendingWrites } from '../db/pending-writes';

/** Adds an event in the caller's transaction: no event without its write, no write without its event. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly db: TenantDb,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  async add(type: string, payload: object): Promise<string> {
    const event = { id: randomUUID(), type, payload, actor_id: this.cls.get('actor')?.userId ?? null };
    const pending = this.cls.get(PENDING_KEY) as PendingWrites | undefined;
    if (pending) pending.outbox.push(event);
    else await flushPendingWrites(this.db.em(), this.db.schema, { audit: [], outbox: [event] });
    return event.id;
  }
}

/** A service's events, typed by its map in libs/contracts: `class Events extends TypedEvents<TicketEvents> {}`. */
@Injectable()
export abstract class TypedEvents<E extends object> {
  constructor(private readonly outbox: OutboxService) {}

  emit<K extends keyof E & string>(type: K, payload: E[K]): Promise<string> {
    return this.outbox.add(type, payload as object);
  }
}
