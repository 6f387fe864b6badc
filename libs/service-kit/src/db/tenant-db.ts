import { Inject, Injectable, Optional } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryRunner, Repository } from 'typeorm';
import { Actor, ROLES } from '../auth/actor';
import { commitWithPendingWrites, newPendingWrites, PENDING_KEY, PendingWrites } from './pending-writes';
import { getStoredEm, RequestStore, setStoredEm } from './request-context';
import { assertIdentifier, serviceRoles } from './roles';
import { isUuid } from '../validation';
import { MEMBER_TABLE } from '../kit.tokens';
import { isUnavailable } from '../errors/unavailable';
import { DomainError, unauthenticated } from '../errors/domain-error';

export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const SERVICE_SCHEMA = Symbol('SERVICE_SCHEMA');

export type TransactionMode =
  | {
      kind: 'tenant';
      actor: Pick<Actor, 'trustId' | 'schoolIds'> & Partial<Pick<Actor, 'userId' | 'role' | 'issuedAt'>>;
      /**
       * A request's caller is checked against the trust's members in the same round trip: this table (under the
       * trust's RLS) holds `user_id`, `role`, `status`, `school_ids` and `tokens_valid_from`. See `refuseStaleCaller`.
       */
      members?: string;
    }
  | { kind: 'system' };

interface MemberRow {
  role: string;
  status: string;
  /** null: every school of the trust. */
  school_ids: string[] | null;
  /** Seconds since the epoch: tokens issued before it are refused (signed out everywhere, password changed). */
  tokens_from: number | null;
}

const sameSchools = (a: string[] | null | undefined, b: string[] | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : a!.length === b!.length && a!.every((id) => b!.includes(id));

/**
 * A token outlives a change of its holder's membership; the membership decides. A suspended member, or one whose
 * role or schools changed since the token was issued, is refused (UNAUTHENTICATED: sign in again) as soon as the change has
 * reached this service's copy of members. No row (a member the copy has not heard of yet) passes: the token was
 * issued for a membership directory holds.
 */
export function refuseStaleCaller(
  member: MemberRow | undefined,
  caller: { role?: string; schoolIds?: string[] | null; issuedAt?: number },
): DomainError | null {
  if (!member) return null;
  if (member.status === 'SUSPENDED')
    return unauthenticated('Your membership of this trust is suspended; ask your IT director');
  if (member.tokens_from && caller.issuedAt !== undefined && caller.issuedAt < member.tokens_from)
    return unauthenticated('You were signed out everywhere (or your password changed); sign in again');
  if ((caller.role && member.role !== caller.role) || !sameSchools(member.school_ids, caller.schoolIds))
    return unauthenticated('Your role or schools in this trust have changed; sign in again');
  return null;
}

/** A role for `app.role` (policies such as "a reviewer sees only what is assigned to them" read it). */
function roleName(role: string | undefined): string {
  if (role !== undefined && !(ROLES as readonly string[]).includes(role))
    throw new Error('Unknown role in a transaction scope');
  return role ?? '';
}

function uuidLiteral(value: string): string {
  if (!isUuid(value)) throw new Error('A trust or school id in a transaction scope is not a UUID');
  return `'${value}'`;
}

/** NIL_UUID is no school, so an empty scope matches no row (policies read an empty setting as every school). */
const NO_SCHOOL = '00000000-0000-0000-0000-000000000000';

/** `app.school_ids`: '' for every school of the trust (null), the listed ids otherwise, and no school for an empty list. */
export function schoolScope(schoolIds: string[] | null | undefined): string {
  if (!schoolIds) return '';
  if (!schoolIds.length) return NO_SCHOOL;
  return schoolIds.map((id) => uuidLiteral(id).slice(1, -1)).join(',');
}

/**
 * Opens a transaction narrowed to one trust (or to the system role) in one round trip: BEGIN and the scope go
 * together as one simple query (measured: each statement's socket write is a visible cost under load). The
 * values are checked UUIDs and role names, so inlining them is safe. `set_config(..., true)` is
 * transaction-local, so nothing leaks to the next user of a pooled connection, and SET ROLE makes RLS hold even
 * where the login is privileged (embedded PGlite). TypeORM's own bookkeeping is set as startTransaction would.
 */
export async function openScopedTransaction(qr: QueryRunner, schema: string, mode: TransactionMode): Promise<void> {
  const roles = serviceRoles(assertIdentifier(schema));
  const scope =
    mode.kind === 'system'
      ? `SELECT set_config('role', '${roles.system}', true)`
      : `SELECT set_config('role', '${roles.app}', true), set_config('app.trust_id', ${uuidLiteral(mode.actor.trustId)}, true),
         set_config('app.school_ids', '${schoolScope(mode.actor.schoolIds)}', true),
         set_config('app.user_id', ${mode.actor.userId ? uuidLiteral(mode.actor.userId) : "''"}, true),
         set_config('app.role', '${roleName(mode.actor.role)}', true)`;
  const userId = mode.kind === 'tenant' && mode.members ? mode.actor.userId : undefined;
  if (mode.kind === 'system' || !mode.members || !userId) {
    await qr.query(`BEGIN; ${scope}`);
    Object.assign(qr, { isTransactionActive: true, transactionDepth: 1 });
    return;
  }
  // Three statements, one round trip: pg answers each, and the last is the caller's membership.
  const check = `SELECT role, status, school_ids, extract(epoch FROM tokens_valid_from)::float8 AS tokens_from FROM ${assertIdentifier(schema)}.${assertIdentifier(mode.members)} WHERE user_id = ${uuidLiteral(userId)}`;
  const results = (await pgClientOf(qr).query(`BEGIN; ${scope}; ${check}`)) as { rows: MemberRow[] }[];
  Object.assign(qr, { isTransactionActive: true, transactionDepth: 1 });
  const refusal = refuseStaleCaller(results[results.length - 1]?.rows[0], mode.actor);
  if (refusal) {
    await qr.rollbackTransaction();
    throw refusal;
  }
}

/** The pg client under a connected TypeORM query runner: TypeORM keeps only the last result of several statements. */
const pgClientOf = (qr: QueryRunner) =>
  (qr as unknown as { databaseConnection: { query(sql: string): Promise<unknown> } }).databaseConnection;

/**
 * How many pooled connections a transaction tries before it gives up on ones the server dropped while idle: every
 * connection the pool holds may be dead (a restart cuts them all, and pg may not have noticed any yet), so one more
 * than the pool's size. Each dead one fails at once, at BEGIN.
 */
const staleConnectionAttempts = (dataSource: DataSource) =>
  Number((dataSource.options as { extra?: { max?: number } }).extra?.max ?? 10) + 1;

/**
 * A pooled connection with its scoped transaction open. A connection the server dropped while it sat idle in the
 * pool (a database restart, the embedded server's socket closed) can be handed out before pg has noticed, and
 * then fails at BEGIN, before anything of the caller's ran: it is discarded and another one tried, so the first
 * requests after a restart do not fail for it.
 */
export async function openScopedQueryRunner(
  dataSource: DataSource,
  schema: string,
  mode: TransactionMode,
): Promise<QueryRunner> {
  for (let attempt = 1; ; attempt++) {
    const qr = dataSource.createQueryRunner();
    let connected = false;
    try {
      await qr.connect();
      connected = true;
      await openScopedTransaction(qr, schema, mode);
      return qr;
    } catch (error) {
      const lost = isUnavailable(error);
      // With the error, pg's pool destroys the client instead of handing it out again.
      if (lost)
        await (qr as QueryRunner & { releasePostgresConnection?(err: unknown): Promise<void> })
          .releasePostgresConnection?.(error)
          .catch(() => undefined);
      // A statement that failed after BEGIN left the connection in a transaction: end it before the pool has it back.
      else if (connected)
        await pgClientOf(qr)
          .query('ROLLBACK')
          .catch(() => undefined);
      await qr.release().catch(() => undefined);
      if (!connected || !lost || attempt >= staleConnectionAttempts(dataSource)) throw error;
    }
  }
}

/** A transaction narrowed by `mode`, committed (with its pending audit rows and events) when `work` resolves and rolled back when it throws. */
export async function withScopedTransaction<T>(
  dataSource: DataSource,
  schema: string,
  mode: TransactionMode,
  work: (em: EntityManager) => Promise<T>,
  pending?: PendingWrites,
): Promise<T> {
  const qr = await openScopedQueryRunner(dataSource, schema, mode);
  try {
    const result = await work(qr.manager);
    await commitWithPendingWrites(qr, schema, pending);
    return result;
  } catch (error) {
    // On a lost connection the rollback fails too: the caller needs the first error, not that one.
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await qr.release();
  }
}

/** The one way code reaches the database: the current request's transaction, or one opened for a job. */
@Injectable()
export class TenantDb {
  constructor(
    @Inject(DATA_SOURCE) readonly dataSource: DataSource,
    @Inject(SERVICE_SCHEMA) readonly schema: string,
    private readonly cls: ClsService<RequestStore>,
    @Optional() @Inject(MEMBER_TABLE) private readonly memberTable?: string,
  ) {}

  em(): EntityManager {
    const em = this.cls.isActive() ? getStoredEm(this.cls) : undefined;
    if (!em) throw new Error('No database transaction is open: call from a request or inside runInTenant/runAsSystem');
    return em;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.em().getRepository(entity);
  }

  /** For workers and start-up tasks: they read the trust from the event, never from arguments of a request. */
  runInTenant<T>(
    actor: Actor | { trustId: string; schoolIds?: string[] | null },
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    const scoped = {
      trustId: actor.trustId,
      schoolIds: actor.schoolIds ?? null,
      ...('userId' in actor ? { userId: actor.userId, role: actor.role } : {}),
    };
    const full = 'userId' in actor ? actor : null;
    return this.run({ kind: 'tenant', actor: scoped }, work, full);
  }

  /**
   * For a request that is not GraphQL (a file, a download): the caller's token, checked against the trust's members
   * as every GraphQL request is (a suspended member is refused).
   */
  runAsCaller<T>(actor: Actor, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.run({ kind: 'tenant', actor, members: this.memberTable }, work, actor);
  }

  runAsSystem<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.run({ kind: 'system' }, work, null);
  }

  private run<T>(mode: TransactionMode, work: (em: EntityManager) => Promise<T>, actor: Actor | null): Promise<T> {
    const pending = newPendingWrites();
    return withScopedTransaction(
      this.dataSource,
      this.schema,
      mode,
      (em) =>
        this.cls.run({ ifNested: 'inherit' }, () => {
          setStoredEm(this.cls, em);
          (this.cls as unknown as { set(key: symbol, value: unknown): void }).set(PENDING_KEY, pending);
          if (actor) this.cls.set('actor', actor);
          return work(em);
        }),
      pending,
    );
  }
}
