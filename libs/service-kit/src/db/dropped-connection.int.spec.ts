import { randomBytes, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { eventQueueName } from '@trustops/contracts';
import { OutboxRelay } from '../events/outbox-relay';
import { dropDatabase, ensureDatabase, ensureServiceRoles } from './bootstrap';
import { createServiceDataSource } from './data-source';
import { kitTablesSql } from './migration-sql';
import { withScopedTransaction } from './tenant-db';

// The logs are part of the behaviour here (a handled loss is a warning, not silence and not a crash).
const logged: { level: string; context: string; msg: string }[] = [];
jest.mock('../logging/logger', () => {
  const actual = jest.requireActual('../logging/logger');
  const record = (context: string) =>
    Object.fromEntries(
      ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
        level,
        (data: unknown, msg?: string) => {
          logged.push({ level, context, msg: typeof data === 'string' ? data : (msg ?? '') });
        },
      ]),
    );
  return { ...actual, createLogger: (context: string) => record(context) };
});

const ADMIN = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCHEMA = 'kit_drop';
const TRUST = randomUUID();

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Fails instead of hanging, so "it hung" shows as a clear failure rather than a Jest timeout. */
const within = <T>(ms: number, work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
};

describe('a service whose database connections drop', () => {
  const database = `trustops_t_${randomBytes(5).toString('hex')}`;
  const url = () => {
    const u = new URL(ADMIN);
    u.username = '';
    u.pathname = `/${database}`;
    return u.toString();
  };
  let admin: Client;
  let ds: DataSource;
  let redis: Redis;
  /** Cuts the server side of every matching backend of this database, as a restart or a network drop would. */
  const terminate = async (where: string) =>
    (
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND ${where}`,
        [database],
      )
    ).rowCount;
  const listening = async () =>
    (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'`, [database]))
      .rowCount! > 0;

  beforeAll(async () => {
    await ensureDatabase(ADMIN, database);
    await ensureServiceRoles(ADMIN, database, SCHEMA);
    const adminDb = new URL(ADMIN);
    adminDb.pathname = `/${database}`;
    admin = new Client({ connectionString: adminDb.toString() });
    await admin.connect();
    ds = createServiceDataSource(url(), {
      schema: SCHEMA,
      entities: [],
      migrations: [],
      poolSize: 3,
      connectTimeoutMs: 1000,
    });
    await ds.initialize();
    for (const sql of kitTablesSql(SCHEMA)) await ds.query(sql);
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  });

  afterAll(async () => {
    const queue = new Queue(eventQueueName('kit-drop'), { connection: redis, prefix: database });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    redis?.disconnect();
    await ds?.destroy();
    await admin?.end();
    await dropDatabase(ADMIN, database);
  });

  beforeEach(() => {
    logged.length = 0;
  });

  it('opens the next transaction on a fresh connection when the server has just cut the idle ones', async () => {
    await Promise.all([1, 2, 3].map(() => ds.query('SELECT pg_sleep(0.05)')));
    expect(await terminate(`application_name = '${SCHEMA}'`)).toBe(3);
    // At once: pg has not yet seen the cut, so the pool hands out a dead connection and BEGIN fails on it.
    const rows = await within(
      5000,
      withScopedTransaction(ds, SCHEMA, { kind: 'tenant', actor: { trustId: TRUST, schoolIds: null } }, (em) =>
        em.query(`SELECT current_setting('app.trust_id') AS trust`),
      ),
    );
    expect(rows).toEqual([{ trust: TRUST }]);
  });

  it('warns of idle connections the server cut, without crashing', async () => {
    await Promise.all([1, 2, 3].map(() => ds.query('SELECT pg_sleep(0.05)')));
    expect(await terminate(`application_name = '${SCHEMA}'`)).toBe(3);
    await waitFor(
      async () => logged.filter((l) => l.msg.includes('idle database connection lost')).length >= 3,
      5000,
      'three warnings',
    );
    expect(logged.find((l) => l.msg.includes('idle database connection lost'))).toMatchObject({
      level: 'warn',
      context: 'Database',
    });
    expect(await within(5000, ds.query('SELECT 1 AS ok'))).toEqual([{ ok: 1 }]);
  });

  it('fails a statement on a connection cut mid-transaction with an error, and the next transaction gets a fresh connection', async () => {
    const cut = withScopedTransaction(
      ds,
      SCHEMA,
      { kind: 'tenant', actor: { trustId: TRUST, schoolIds: null } },
      async (em) => {
        const [{ pid }] = await em.query('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        return em.query('SELECT 1');
      },
    );
    // Which error depends on who notices the cut first: the statement's own read (terminated, reset) or pg's
    // client, whose error event lets TypeORM release the runner before the statement is sent (seen in CI).
    await expect(within(5000, cut)).rejects.toThrow(/terminat|ECONNRESET|already released/i);
    const [{ ok }] = await within(
      5000,
      withScopedTransaction(ds, SCHEMA, { kind: 'system' }, (em) => em.query('SELECT 1 AS ok')),
    );
    expect(ok).toBe(1);
  });

  it('refuses a request that waits longer than the connect timeout for a full pool, rather than waiting for ever', async () => {
    const held = await Promise.all(
      [1, 2, 3].map(async () => {
        const qr = ds.createQueryRunner();
        await qr.connect();
        return qr;
      }),
    );
    try {
      const started = Date.now();
      await expect(within(5000, ds.query('SELECT 1'))).rejects.toThrow(/timeout exceeded when trying to connect/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    } finally {
      await Promise.all(held.map((qr) => qr.release()));
    }
  });

  it('listens again after its LISTEN connection is cut, so a new event is relayed at once rather than at the next poll', async () => {
    const relay = new OutboxRelay({
      dataSource: ds,
      schema: SCHEMA,
      source: 'kit-drop',
      redis,
      prefix: database,
      destinations: () => ['kit-drop'],
      listenUrl: (() => {
        const u = new URL(url());
        u.username = SCHEMA;
        return u.toString();
      })(),
      pollMs: 600_000,
    });
    await relay.start();
    try {
      await waitFor(listening, 5000, 'the relay to listen');
      expect(await terminate(`query LIKE 'LISTEN%'`)).toBe(1);
      await waitFor(async () => logged.some((l) => l.msg.includes('outbox listener lost')), 5000, 'the warning');
      await waitFor(listening, 5000, 'the relay to listen again');
      const id = randomUUID();
      await withScopedTransaction(ds, SCHEMA, { kind: 'tenant', actor: { trustId: TRUST, schoolIds: null } }, (em) =>
        em.query(`INSERT INTO ${SCHEMA}.outbox (id, type, payload) VALUES ($1, 'test.happened', '{}')`, [id]),
      );
      await waitFor(
        async () =>
          (await admin.query(`SELECT 1 FROM ${SCHEMA}.outbox WHERE id = $1 AND published_at IS NOT NULL`, [id]))
            .rowCount === 1,
        3000,
        'the event to be relayed',
      );
      expect(logged.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await relay.stop();
    }
  });
});
