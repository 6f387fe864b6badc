import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryRunner, Repository } from 'typeorm';
import { Actor } from '../auth/actor';
import { getStoredEm, RequestStore, setStoredEm } from './request-context';
import { serviceRoles } from './roles';

export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const SERVICE_SCHEMA = Symbol('SERVICE_SCHEMA');

export type TransactionMode = { kind: 'tenant'; actor: Pick<Actor, 'trustId' | 'schoolIds'> } | { kind: 'system' };

/**
 * Opens a transaction narrowed to one trust (or to the system role) in one round trip after BEGIN.
 * `set_config(..., true)` is transaction-local, so nothing leaks to the next user of a pooled connection,
 * and SET ROLE makes RLS hold even where the login is privileged (embedded PGlite).
 */
export async function openScopedTransaction(qr: QueryRunner, schema: string, mode: TransactionMode): Promise<void> {
  const roles = serviceRoles(schema);
  await qr.startTransaction();
  if (mode.kind === 'system') {
    await qr.query(`SELECT set_config('role', $1, true)`, [roles.system]);
    return;
  }
  await qr.query(
    `SELECT set_config('role', $1, true), set_config('app.trust_id', $2, true), set_config('app.school_ids', $3, true)`,
    [roles.app, mode.actor.trustId, mode.actor.schoolIds?.join(',') ?? ''],
  );
}

/** A transaction narrowed by `mode`, committed when `work` resolves and rolled back when it throws. */
export async function withScopedTransaction<T>(
  dataSource: DataSource, schema: string, mode: TransactionMode, work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  try {
    await openScopedTransaction(qr, schema, mode);
    const result = await work(qr.manager);
    await qr.commitTransaction();
    return result;
  } catch (error) {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
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
  runInTenant<T>(actor: Actor | { trustId: string; schoolIds?: string[] | null }, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const scoped = { trustId: actor.trustId, schoolIds: actor.schoolIds ?? null };
    const full = 'userId' in actor ? actor : null;
    return this.run({ kind: 'tenant', actor: scoped }, work, full);
  }

  runAsSystem<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.run({ kind: 'system' }, work, null);
  }

  private run<T>(mode: TransactionMode, work: (em: EntityManager) => Promise<T>, actor: Actor | null): Promise<T> {
    return withScopedTransaction(this.dataSource, this.schema, mode, (em) =>
      this.cls.run({ ifNested: 'inherit' }, () => {
        setStoredEm(this.cls, em);
        if (actor) this.cls.set('actor', actor);
        return work(em);
      }));
  }
}
