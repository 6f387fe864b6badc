import { escapeLiteral } from 'pg';
import { EntityManager, QueryRunner } from 'typeorm';
import { assertIdentifier } from './roles';

/**
 * Audit rows and outbox events wait in the request's (or job's) context and are written in one statement just
 * before commit: a raise that audits once and emits two events costs one round trip instead of three. Same
 * transaction, same all-or-nothing.
 */
export interface PendingAudit {
  actor_id: string | null;
  actor_role: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}
export interface PendingEvent {
  id: string;
  type: string;
  payload: unknown;
  actor_id: string | null;
}
export interface PendingWrites {
  audit: PendingAudit[];
  outbox: PendingEvent[];
}

export const PENDING_KEY = Symbol('pending-writes');

export const newPendingWrites = (): PendingWrites => ({ audit: [], outbox: [] });

/**
 * Every audit row and event of a transaction as one statement (null when there are none). Values go in as one
 * escaped JSON literal, so the statement can share a round trip with the COMMIT that follows it.
 */
export function pendingWritesSql(schema: string, pending: PendingWrites | undefined): string | null {
  if (!pending || (!pending.audit.length && !pending.outbox.length)) return null;
  const s = assertIdentifier(schema);
  const audit = escapeLiteral(JSON.stringify(pending.audit.splice(0)));
  const outbox = escapeLiteral(JSON.stringify(pending.outbox.splice(0)));
  return `WITH a AS (INSERT INTO ${s}.audit_log (actor_id, actor_role, entity, entity_id, action, before, after, request_id)
       SELECT actor_id, actor_role, entity, entity_id, action, before, after, request_id FROM jsonb_to_recordset(${audit}::jsonb)
         AS x(actor_id uuid, actor_role text, entity text, entity_id text, action text, before jsonb, after jsonb, request_id text)
       RETURNING 1),
     o AS (INSERT INTO ${s}.outbox (id, type, payload, actor_id)
       SELECT id, type, payload, actor_id FROM jsonb_to_recordset(${outbox}::jsonb) AS y(id uuid, type text, payload jsonb, actor_id uuid)
       RETURNING 1)
     SELECT (SELECT count(*) FROM a) AS audited, (SELECT count(*) FROM o) AS events`;
}

/** Writes what is pending now (before the transaction reads its own audit rows, or outside a request). */
export async function flushPendingWrites(
  em: EntityManager,
  schema: string,
  pending: PendingWrites | undefined,
): Promise<void> {
  const sql = pendingWritesSql(schema, pending);
  if (sql) await em.query(sql);
}

/**
 * Writes what is pending and commits in one round trip (measured: each statement's socket write is a visible
 * cost under load). On failure the transaction is still open, aborted; the caller rolls it back.
 */
export async function commitWithPendingWrites(
  qr: QueryRunner,
  schema: string,
  pending: PendingWrites | undefined,
): Promise<void> {
  const sql = pendingWritesSql(schema, pending);
  await qr.query(sql ? `${sql}; COMMIT` : 'COMMIT');
  Object.assign(qr, { isTransactionActive: false, transactionDepth: 0 }); // as TypeORM's commitTransaction leaves it
}
