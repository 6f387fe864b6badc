import { NORTHSTAR } from '@trustops/demo-data';
import { eventually, metricValue, ok } from '@trustops/testing';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { deskUnderTest } from '../../testing/desk-client';

// The test wipes its Redis database, so the desk gets one of its own: never database 0, which other test runs share.
const REDIS_DB = 12;
const REDIS_URL = `redis://127.0.0.1:6379/${REDIS_DB}`;
const EVERY_MS = 250;
/** JOB_SCHEDULER_CHECK_MS is left at its default: the job's interval (at most 30 s). */
const CHECK_MS = EVERY_MS;
/** Two intervals and a check, plus the sweep's own transaction and the 100 ms polling on a shared machine. */
const BUDGET_MS = 2 * EVERY_MS + CHECK_MS + 750;

const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id } }`;
const input = {
  input: {
    schoolId: NORTHSTAR.schools[0].id,
    subject: 'Raised after Redis lost its data',
    description: 'SLA wipe test',
    kind: 'FAULT',
    impact: 'MEDIUM',
    urgency: 'HIGH',
    category: 'SOFTWARE',
  },
};

describe('SLA watcher when Redis loses its data', () => {
  const { as, ctx } = deskUnderTest({ SLA_WATCH_EVERY_MS: String(EVERY_MS), REDIS_URL });
  let admin: Client;
  let redis: Redis;
  const outbox = async (ticketId: string) =>
    (
      await admin.query(
        `SELECT type, payload->>'clock' AS clock FROM support_desk.outbox WHERE payload->>'ticketId' = $1 AND type LIKE 'ticket.sla_%' ORDER BY seq`,
        [ticketId],
      )
    ).rows;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    const foreign = (await redis.keys('*')).filter((key) => !key.startsWith(`${ctx.desk.db.name}:`));
    if (foreign.length)
      throw new Error(
        `Redis database ${REDIS_DB} holds keys of something else (${foreign[0]}…); this test wipes it (if a crashed run of it left them: redis-cli -n ${REDIS_DB} FLUSHDB)`,
      );
    admin = new Client({ connectionString: ctx.desk.db.adminUrl });
    admin.on('error', () => undefined); // the desk's teardown drops the database under it
    await admin.connect();
  });
  // After the desk has stopped (its afterAll was registered first): leave the Redis database empty.
  afterAll(async () => {
    await admin?.end().catch(() => undefined);
    await redis.flushdb();
    redis.disconnect();
  });

  it('still raises a breach within two intervals and a check of a FLUSHDB under the running desk', async () => {
    // The desk's watcher keeps its scheduler in this database (REDIS_URL's index is honoured), so the wipe hits it.
    expect(await redis.exists(`${ctx.desk.db.name}:sla-watch:repeat:sla-watch`)).toBe(1);
    await redis.flushdb();

    const id = ok(await as('teacher', RAISE, input)).raiseTicket.id;
    // Already past its first-response target, as a ticket nobody looked at would be.
    await admin.query(
      `UPDATE support_desk.ticket SET first_response_warning_at = now() - interval '2 minutes',
      first_response_due_at = now() - interval '30 seconds', next_alert_at = now() - interval '2 minutes' WHERE id = $1`,
      [id],
    );
    const late = Date.now();
    const alerts = await eventually(
      () => outbox(id),
      (rows) => rows.length > 0,
      BUDGET_MS,
    );
    const tookMs = Date.now() - late;

    expect({ alerts, withinBudget: tookMs < BUDGET_MS }).toEqual({
      alerts: [{ type: 'ticket.sla_breached', clock: 'FIRST_RESPONSE' }],
      withinBudget: true,
    });
    const metrics = await (await fetch(ctx.desk.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metricValue(metrics, 'trustops_job_scheduler_present', { service: 'support-desk', job: 'sla-watch' })).toBe(
      1,
    );
  });
});
