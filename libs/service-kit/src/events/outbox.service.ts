import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { TenantDb } from '../db/tenant-db';
import { RequestStore } from '../db/request-context';

/** Adds an event in the caller's transaction: no event without its write, no write without its event. */
@Injectable()
export class OutboxService {
  constructor(private readonly db: TenantDb, private readonly cls: ClsService<RequestStore>) {}

  async add(type: string, payload: object): Promise<string> {
    const id = randomUUID();
    await this.db.em().query(
      `INSERT INTO ${this.db.schema}.outbox (id, type, payload, actor_id) VALUES ($1, $2, $3, $4)`,
      [id, type, JSON.stringify(payload), this.cls.get('actor')?.userId ?? null],
    );
    return id;
  }
}
