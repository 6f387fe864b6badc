import { Injectable } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { createHash } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { badInput, unauthenticated } from '../errors/domain-error';
import { kitErrors } from '../errors/kit-errors';
import { RequestStore } from '../db/request-context';
import { TenantDb } from '../db/tenant-db';
import { stableJson } from './stable-json';

/** How long a key holds: a retry a day later is a new submission. */
export const IDEMPOTENCY_WINDOW = '24 hours';
const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

export interface IdempotentCall<T> {
  /** The client's key for one submission; none: the call is not protected. */
  key: string | null | undefined;
  /** The mutation, so one key cannot stand for two kinds of write. */
  operation: string;
  /** What was asked; the same key with another body is refused. */
  input: unknown;
  create(): Promise<T>;
  idOf(result: T): string;
  /** Reads the first call's result again for a retry. */
  load(id: string): Promise<T | null>;
}

/**
 * Create mutations accept a key per submission (a double click, a retry after a lost answer): the same key from
 * the same user within 24 hours returns the first result instead of writing again. The key row is inserted
 * first, in the request's transaction, so a concurrent duplicate waits on the unique index until the first
 * commits (then replays it) or rolls back (then writes itself).
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly db: TenantDb,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  async once<T>(call: IdempotentCall<T>): Promise<T> {
    if (call.key === null || call.key === undefined) return call.create();
    if (!KEY.test(call.key))
      throw badInput(
        'idempotencyKey must be 8 to 100 letters, digits, dots, dashes, colons or underscores (a UUID is best)',
        { field: 'idempotencyKey' },
      );
    const userId = this.cls.get('actor')?.userId;
    if (!userId) throw unauthenticated();
    const hash = createHash('sha256')
      .update(`${call.operation}\n${stableJson(call.input)}`)
      .digest('hex');
    const table = `${this.db.schema}.idempotency_key`;
    const em = this.db.em();
    // The caller's own expired keys go in the same statement, so the table holds about a day of submissions.
    const claimed = await em.query(
      `WITH swept AS (DELETE FROM ${table} WHERE user_id = $1 AND key <> $2 AND created_at < now() - interval '${IDEMPOTENCY_WINDOW}')
       INSERT INTO ${table} (user_id, key, operation, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (trust_id, user_id, key) DO UPDATE SET operation = excluded.operation, request_hash = excluded.request_hash, result_id = NULL, created_at = now()
         WHERE ${table}.created_at < now() - interval '${IDEMPOTENCY_WINDOW}'
       RETURNING true AS claimed`,
      [userId, call.key, call.operation, hash],
    );
    if (claimed.length) {
      const result = await call.create();
      await em.query(`UPDATE ${table} SET result_id = $3 WHERE user_id = $1 AND key = $2`, [
        userId,
        call.key,
        call.idOf(result),
      ]);
      return result;
    }
    const [first] = await em.query(
      `SELECT operation, request_hash AS "hash", result_id AS "resultId" FROM ${table} WHERE user_id = $1 AND key = $2`,
      [userId, call.key],
    );
    if (first.operation !== call.operation || first.hash !== hash) {
      throw kitErrors.error(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key was already used for a different request in the last 24 hours; send a new key for a new submission',
        { field: 'idempotencyKey' },
      );
    }
    const again = first.resultId ? await call.load(first.resultId) : null;
    if (!again)
      throw kitErrors.error(
        'IDEMPOTENT_RESULT_GONE',
        'This request was already made, but what it created is no longer there for you to see',
      );
    return again;
  }
}

/** The argument every create mutation takes: `raiseTicket(input: …, idempotencyKey: String)`. */
export const IdempotencyKey = () =>
  Args('idempotencyKey', {
    type: () => String,
    nullable: true,
    description:
      'One key per submission (a UUID): a retry with the same key within 24 hours returns the first result instead of writing again',
  });
