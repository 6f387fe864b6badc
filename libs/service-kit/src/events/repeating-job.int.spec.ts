import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Metrics } from '../metrics/metrics';
import { RepeatingJob, RepeatingJobs, startRepeatingJob } from './repeating-job';

// These tests wipe their Redis database, so they get one of their own: never database 0, which other test runs share.
const REDIS_DB = 11;
const REDIS_URL = `redis://127.0.0.1:6379/${REDIS_DB}`;
const PREFIX = 'rj_test_';
const EVERY_MS = 300;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < deadline) await sleep(20);
};

describe('startRepeatingJob when Redis loses its data', () => {
  let redis: Redis;
  let admin: Redis;
  let job: RepeatingJob | undefined;
  const starts: number[] = [];
  const run = async () => {
    starts.push(Date.now());
  };
  const ranSince = (at: number) => starts.some((start) => start > at);
  // Acting just after a run starts leaves a whole interval before the next: no run is on its way during the act.
  const justAfterARun = async () => {
    const seen = starts.length;
    await waitFor(() => starts.length > seen, 5_000);
    expect(starts.length).toBeGreaterThan(seen);
  };
  const logger = { error: jest.fn(), warn: jest.fn() };
  let prefix = '';
  const start = (checkEveryMs: number) => {
    prefix = `${PREFIX}${randomBytes(4).toString('hex')}`;
    return startRepeatingJob({ name: 'watch', everyMs: EVERY_MS, checkEveryMs, redis, prefix, run, logger });
  };

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    admin = new Redis(REDIS_URL);
    const foreign = (await admin.keys('*')).filter((key) => !key.startsWith(PREFIX));
    if (foreign.length)
      throw new Error(`Redis database ${REDIS_DB} holds keys of something else (${foreign[0]}…); these tests wipe it`);
  });
  beforeEach(() => {
    starts.length = 0;
    jest.clearAllMocks();
  });
  afterEach(async () => {
    await job?.close();
    job = undefined;
    await admin.flushdb();
  });
  afterAll(() => {
    redis.disconnect();
    admin.disconnect();
  });

  it('re-creates its scheduler after a FLUSHDB and runs again within two intervals, logging an error', async () => {
    job = await start(100);
    await justAfterARun();
    await admin.flushdb(); // no disconnect: only the periodic check can notice
    const wiped = Date.now();
    await waitFor(() => ranSince(wiped), 2 * EVERY_MS);
    expect(ranSince(wiped)).toBe(true);
    expect(await job.present()).toBe(true);
    // Usually the scheduler is found gone; under load a run in flight at the wipe can write the scheduler back
    // first, and then its next run is what is missing. Either way it is noticed, logged and re-created.
    expect(logger.error).toHaveBeenCalledWith(
      { job: 'watch', lost: expect.stringMatching(/^(scheduler|next run)$/) },
      'job scheduler watch was missing from Redis (Redis lost its data?); re-created',
    );
  });

  it('re-creates the next run when only that was evicted', async () => {
    job = await start(100);
    await justAfterARun(); // which has scheduled the next
    const queue = `${prefix}:watch`;
    const next = await admin.zscore(`${queue}:repeat`, 'watch');
    expect(await admin.exists(`${queue}:repeat:watch:${next}`)).toBe(1);
    // What an eviction of one key does: BullMQ refuses to remove a scheduler's job, so delete its keys directly.
    await admin.multi().del(`${queue}:repeat:watch:${next}`).zrem(`${queue}:delayed`, `repeat:watch:${next}`).exec();
    const evicted = Date.now();
    await waitFor(() => ranSince(evicted), 2 * EVERY_MS);
    expect(ranSince(evicted)).toBe(true);
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ lost: 'next run' }),
      expect.stringContaining('re-created'),
    );
  });

  it('re-creates its scheduler as soon as Redis reconnects, without waiting for a periodic check', async () => {
    job = await start(0);
    await justAfterARun();
    await admin.flushdb();
    const wiped = Date.now();
    await sleep(2 * EVERY_MS);
    expect(ranSince(wiped)).toBe(false); // with no periodic check, nothing else notices the wipe
    const beforeReconnect = Date.now();

    redis.disconnect(true); // what a Redis restarted without persistence looks like to the client
    await waitFor(() => ranSince(beforeReconnect), 2 * EVERY_MS);
    expect(ranSince(beforeReconnect)).toBe(true);
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ lost: 'scheduler' }),
      expect.stringContaining('re-created'),
    );
  });
});

describe('RepeatingJobs', () => {
  let redis: Redis;
  let admin: Redis;

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await admin.flushdb();
    redis.disconnect();
    admin.disconnect();
  });

  it('shows trustops_job_scheduler_present 0 while the scheduler is gone and 1 once re-created', async () => {
    process.env.TEST_WATCH_EVERY_MS = String(EVERY_MS);
    process.env.JOB_SCHEDULER_CHECK_MS = '0'; // only a reconnect re-creates it, so the 0 stays long enough to read
    const metrics = new Metrics('kit-test');
    const jobs = new RepeatingJobs(redis, { namespace: `${PREFIX}${randomBytes(4).toString('hex')}` }, metrics);
    const present = async () =>
      (await metrics.registry.getSingleMetric('trustops_job_scheduler_present')!.get()).values;
    let runs = 0;
    await jobs.every('test-watch', 'TEST_WATCH_EVERY_MS', 60_000, async () => {
      runs++;
    });
    try {
      expect(await present()).toEqual([{ labels: { job: 'test-watch' }, value: 1 }]);
      await waitFor(() => runs > 0, 5_000);
      await admin.flushdb();
      expect(await present()).toEqual([{ labels: { job: 'test-watch' }, value: 0 }]);

      redis.disconnect(true);
      await waitFor(async () => (await present())[0].value === 1, 2_000);
      const counted = runs;
      await waitFor(() => runs > counted, 2 * EVERY_MS);
      expect({ present: await present(), ranAgain: runs > counted }).toEqual({
        present: [{ labels: { job: 'test-watch' }, value: 1 }],
        ranAgain: true,
      });
    } finally {
      await jobs.onApplicationShutdown();
      delete process.env.TEST_WATCH_EVERY_MS;
      delete process.env.JOB_SCHEDULER_CHECK_MS;
    }
  });
});
