import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EventBatch, EventEnvelope, eventQueueName } from '@trustops/contracts';
import { createTestDatabase, TestDatabase } from '@trustops/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';

const EVENTS = 600;
const trustId = randomUUID();
const schoolId = randomUUID();

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const raised = (n: number, id = randomUUID()): EventEnvelope => ({
  id,
  type: 'ticket.raised',
  trustId,
  source: 'support-desk',
  actorId: null,
  occurredAt: '2026-11-24T10:00:00.000Z',
  payload: {
    ticketId: randomUUID(),
    number: `T-${n}`,
    schoolId,
    kind: n % 4 === 0 ? 'ENABLEMENT' : 'FAULT',
    priority: 'P3',
    category: 'OTHER',
    raisedAt: '2026-11-24T10:00:00.000Z',
    firstResponseDueAt: '2026-11-24T14:00:00.000Z',
    resolutionDueAt: '2026-11-26T10:00:00.000Z',
    team: null,
    assigneeId: null,
  },
});

/** Jobs as the relay makes them: the events of one pass, in order. */
const batches = (events: EventEnvelope[], size: number, tag: string) =>
  Array.from({ length: Math.ceil(events.length / size) }, (_, i) => ({
    name: 'events',
    data: { events: events.slice(i * size, (i + 1) * size) } satisfies EventBatch,
    opts: { jobId: `${tag}-${i}`, attempts: 10 },
  }));

describe('the reporting consumer, killed mid-stream', () => {
  let db: TestDatabase;
  let admin: Client;
  let redis: Redis;
  const counts = async () =>
    (
      await admin.query(`SELECT (SELECT count(*)::int FROM leadership_reporting.ticket_state) AS tickets,
    (SELECT coalesce(sum(tickets_opened), 0)::int FROM leadership_reporting.school_day) AS opened,
    (SELECT coalesce(sum(enablement_opened), 0)::int FROM leadership_reporting.school_day) AS enablement`)
    ).rows[0];
  const start = (): Promise<ChildProcess> =>
    new Promise((resolve, reject) => {
      const child = fork(join(__dirname, '..', 'testing', 'reporting-worker.ts'), [], {
        cwd: join(__dirname, '..', '..'),
        execArgv: ['-r', '@swc-node/register'],
        stdio: 'pipe',
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: db.url,
          JWKS_JSON: '{"keys":[]}',
          CONSUMER_LOCK_MS: '1000',
          LOG_LEVEL: 'silent',
        },
      });
      child.once('message', () => resolve(child));
      child.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
    });

  beforeAll(async () => {
    db = await createTestDatabase(['leadership_reporting']);
    admin = new Client({ connectionString: db.adminUrl });
    admin.on('error', () => undefined);
    await admin.connect();
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await admin.end().catch(() => undefined);
    redis.disconnect();
    await db.drop();
  });

  it('loses nothing and counts nothing twice, even with each event delivered twice', async () => {
    const first = await start();
    const queue = new Queue(eventQueueName('leadership-reporting'), { connection: redis, prefix: db.name });
    const events = Array.from({ length: EVENTS }, (_, n) => raised(n));
    // Every event twice, in batches cut differently, as a relay re-sending after a crash might: the consumer must count it once.
    const jobs = [...batches(events, 10, 'a'), ...batches(events, 7, 'b')];
    await queue.addBulk(jobs);
    await waitFor(async () => (await counts()).tickets >= EVENTS / 4);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    expect((await counts()).tickets).toBeLessThan(EVENTS);

    const second = await start();
    try {
      await waitFor(async () => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed');
        return counts.completed === jobs.length && counts.waiting + counts.active + counts.delayed === 0;
      }, 90_000);
    } finally {
      second.kill('SIGKILL');
      await queue.close();
    }
    expect(await counts()).toEqual({ tickets: EVENTS, opened: EVENTS, enablement: EVENTS / 4 });
  }, 150_000);
});
