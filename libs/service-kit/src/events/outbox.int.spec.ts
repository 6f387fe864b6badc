import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { eventQueueName } from '@trustops/contracts';
import { dropDatabase, ensureDatabase, ensureServiceRoles } from '../db/bootstrap';
import { kitTablesSql, tenantTablePolicies, TRUST_ID_COLUMN } from '../db/migration-sql';
import { withScopedTransaction } from '../db/tenant-db';
import { OutboxRelay } from './outbox-relay';
import { startConsumer } from './event-consumer';

const ADMIN = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCHEMA = 'kit_test';
const TRUSTS = [randomUUID(), randomUUID()];
const EVENTS = 300;

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('outbox relay and idempotent consumer', () => {
  const database = `trustops_t_${randomBytes(5).toString('hex')}`;
  let ds: DataSource;
  let redis: Redis;
  const dbUrl = () => {
    const u = new URL(ADMIN);
    u.username = SCHEMA;
    u.pathname = `/${database}`;
    return u.toString();
  };

  beforeAll(async () => {
    await ensureDatabase(ADMIN, database);
    await ensureServiceRoles(ADMIN, database, SCHEMA);
    ds = new DataSource({ type: 'postgres', url: dbUrl(), extra: { max: 5 } });
    await ds.initialize();
    for (const sql of [
      ...kitTablesSql(SCHEMA),
      `CREATE TABLE ${SCHEMA}.applied (event_id uuid NOT NULL, ${TRUST_ID_COLUMN})`,
      ...tenantTablePolicies(SCHEMA, 'applied'),
    ]) {
      await ds.query(sql);
    }
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  });

  afterAll(async () => {
    const queue = new Queue(eventQueueName('kit-test'), { connection: redis, prefix: database });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    redis.disconnect();
    await ds.destroy();
    await dropDatabase(ADMIN, database);
  });

  it('handles every event exactly once in effect although the worker is killed mid-batch', async () => {
    for (let batch = 0; batch < EVENTS / 50; batch++) {
      const trustId = TRUSTS[batch % 2];
      await withScopedTransaction(ds, SCHEMA, { kind: 'tenant', actor: { trustId, schoolIds: null } }, async (em) => {
        for (let i = 0; i < 50; i++) {
          await em.query(`INSERT INTO ${SCHEMA}.outbox (id, type, payload) VALUES ($1, 'test.happened', $2)`, [
            randomUUID(),
            { i },
          ]);
        }
      });
    }
    const relay = new OutboxRelay({
      dataSource: ds,
      schema: SCHEMA,
      source: 'kit-test',
      redis,
      prefix: database,
      destinations: () => ['kit-test'],
      pollMs: 100,
      batchSize: 25,
    });
    await relay.start();
    await waitFor(
      async () =>
        (await ds.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.outbox WHERE published_at IS NULL`))[0].n === 0,
    );
    // A second pass over some of the rows (as after a crash before marking) sends them again in other batches:
    // the consumer must still apply each once.
    await ds.query(`UPDATE ${SCHEMA}.outbox SET published_at = NULL WHERE seq % 3 = 0`);
    await relay.kick();
    await relay.stop();

    const runWorker = () => {
      const child = fork(join(__dirname, 'testing', 'consumer-worker.ts'), [], {
        cwd: join(__dirname, '..', '..'),
        execArgv: ['-r', '@swc-node/register'],
        stdio: 'pipe',
        env: { ...process.env, DATABASE_URL: dbUrl(), KIT_SCHEMA: SCHEMA, QUEUE_PREFIX: database, LOG_LEVEL: 'silent' },
      });
      return child;
    };

    const first = runWorker();
    await waitFor(async () => (await countApplied(ds)) >= EVENTS / 3);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const afterKill = await countApplied(ds);
    expect(afterKill).toBeLessThan(EVENTS);

    const second = runWorker();
    try {
      const queue = new Queue(eventQueueName('kit-test'), { connection: redis, prefix: database });
      await waitFor(async () => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        return (
          counts.waiting + counts.active + counts.delayed + counts.failed === 0 && (await countApplied(ds)) >= EVENTS
        );
      }, 90_000);
      await queue.close();
    } finally {
      second.kill('SIGKILL');
    }
    const rows = await ds.transaction(async (em) => {
      await em.query(`SELECT set_config('role', '${SCHEMA}_system', true)`);
      return em.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.outbox`);
    });
    expect(rows[0].n).toBe(EVENTS);
    const totals = await sumApplied(ds);
    expect(totals).toEqual({ rows: EVENTS, distinct: EVENTS });
  }, 180_000);

  it('applies the rest of a batch when one event cannot be applied, each once, and leaves that batch failed', async () => {
    const envelope = (trustId: string) => ({
      id: randomUUID(),
      type: 'test.happened',
      trustId,
      source: 'kit-test',
      actorId: null,
      occurredAt: new Date().toISOString(),
      payload: {},
    });
    const [first, poison, second] = [envelope(TRUSTS[0]), envelope(TRUSTS[0]), envelope(TRUSTS[0])];
    const other = envelope(TRUSTS[1]);
    const before = await countApplied(ds);
    const told: string[] = [];
    const worker = startConsumer({
      consumer: 'kit-poison',
      schema: SCHEMA,
      redis,
      prefix: database,
      concurrency: 1,
      runInTrust: (trustId, work) =>
        withScopedTransaction(ds, SCHEMA, { kind: 'tenant', actor: { trustId, schoolIds: null } }, work),
      handle: async (event, em) => {
        if (event.id === poison.id) throw new Error('this event cannot be applied');
        await em.query(`INSERT INTO ${SCHEMA}.applied (event_id) VALUES ($1)`, [event.id]);
      },
      onApplied: (events) => told.push(...events.map((e) => e.id)),
    });
    const queue = new Queue(eventQueueName('kit-poison'), { connection: redis, prefix: database });
    try {
      await queue.add(
        'events',
        { events: [first, poison, other, second, first] },
        { jobId: 'poisoned', attempts: 2, backoff: { type: 'fixed', delay: 50 } },
      );
      await waitFor(async () => (await queue.getJobCounts('failed')).failed === 1);
      expect(await countApplied(ds)).toBe(before + 3);
      const ids = await withScopedTransaction(
        ds,
        SCHEMA,
        { kind: 'tenant', actor: { trustId: TRUSTS[0], schoolIds: null } },
        (em) =>
          em.query(`SELECT event_id FROM ${SCHEMA}.applied WHERE event_id = ANY($1::uuid[])`, [
            [first.id, poison.id, second.id],
          ]),
      );
      expect(ids.map((r: { event_id: string }) => r.event_id).sort()).toEqual([first.id, second.id].sort());
      expect((await queue.getJob('poisoned'))?.failedReason).toBe('this event cannot be applied');
      expect(told.sort()).toEqual([first.id, other.id, second.id].sort()); // each applied event once, for the lag metric
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});

/** `applied` is tenant data: count it trust by trust, as the consumers wrote it. */
async function sumApplied(ds: DataSource): Promise<{ rows: number; distinct: number }> {
  let rows = 0;
  let distinct = 0;
  for (const trustId of TRUSTS) {
    const [r] = await withScopedTransaction(ds, SCHEMA, { kind: 'tenant', actor: { trustId, schoolIds: null } }, (em) =>
      em.query(`SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS d FROM ${SCHEMA}.applied`),
    );
    rows += r.n;
    distinct += r.d;
  }
  return { rows, distinct };
}

async function countApplied(ds: DataSource): Promise<number> {
  return (await sumApplied(ds)).rows;
}
