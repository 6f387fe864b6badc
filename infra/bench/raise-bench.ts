/**
 * raiseTicket under load (issue 4): C clients raise N tickets through the gateway as teachers would. Each raise
 * computes both SLA clocks in school working time and writes the ticket, its audit row and its events in one
 * transaction; the figures include how long the outbox relay took to hand each ticket.raised event on.
 */
import { Client } from 'pg';
import { Pool } from 'undici';
import { NORTHSTAR } from '@trustops/demo-data';
import { adminUrl, gql, signIn } from '@trustops/testing';
import { percentile } from './stats';

const RAISE = `mutation ($i: RaiseTicketInput!) { raiseTicket(input: $i) { id sla { resolutionDueAt } } }`;

export interface RaiseFigures {
  perSecond: number;
  p50: number;
  p95: number;
  failed: number;
  relayP50: number;
  relayP95: number;
  relayed: number;
  /** ticket.raised events the reporting consumer folded into the rollups, and raise-to-rollup times under the load. */
  folded: number;
  foldP50: number;
  foldP95: number;
}

export async function benchRaise(options: {
  gatewayUrl: string;
  database: string;
  total: number;
  clients: number;
}): Promise<RaiseFigures> {
  const token = await signIn(options.gatewayUrl, 'teacher@northstar.example');
  const input = (n: number) => ({
    i: {
      schoolId: NORTHSTAR.schools[0].id,
      subject: `Load ticket ${n}`,
      description: 'Raised by the benchmark',
      kind: 'FAULT',
      impact: 'MEDIUM',
      urgency: (['LOW', 'MEDIUM', 'HIGH'] as const)[n % 3],
      category: 'SOFTWARE',
    },
  });
  // The load generator shares the machine's two cores with the system under test, so it posts through a lean
  // keep-alive pool (undici) rather than fetch, as a load tool on its own machine would cost the system nothing.
  const url = new URL(options.gatewayUrl);
  const pool = new Pool(url.origin, { connections: options.clients });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const raise = async (n: number) => {
    const response = await pool.request({
      path: url.pathname,
      method: 'POST',
      headers,
      body: JSON.stringify({ query: RAISE, variables: input(n) }),
    });
    return (await response.body.json()) as { data?: { raiseTicket?: { sla?: { resolutionDueAt?: string } } } };
  };
  const samples: number[] = [];
  let next = 0;
  let failed = 0;
  const client = async () => {
    while (next < options.total) {
      const n = next++;
      const t = performance.now();
      const res = await raise(n).catch(() => ({ data: undefined }));
      samples.push(performance.now() - t);
      if (!res.data?.raiseTicket?.sla?.resolutionDueAt) failed++;
    }
  };
  for (let i = 0; i < 50; i++) await gql(options.gatewayUrl, RAISE, input(-1), token); // warm up
  const started = performance.now();
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  const relay = await relayLag(options.database);
  return {
    perSecond: options.total / seconds,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    failed,
    ...relay,
  };
}

/**
 * Waits for the relay to publish every ticket.raised event and for leadership reporting to fold each, then reads
 * commit-to-publish times from the outbox and raise-to-rollup times from reporting's processed-event rows.
 */
async function relayLag(database: string): Promise<Omit<RaiseFigures, 'perSecond' | 'p50' | 'p95' | 'failed'>> {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const deadline = Date.now() + 30_000;
    while (
      (await db.query(`SELECT count(*)::int AS n FROM support_desk.outbox WHERE published_at IS NULL`)).rows[0].n > 0 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // occurred_at is the transaction's start (now()), so this is an upper bound on commit-to-publish.
    const { rows } =
      await db.query(`SELECT extract(epoch FROM published_at - occurred_at) * 1000 AS ms FROM support_desk.outbox
      WHERE type = 'ticket.raised' AND published_at IS NOT NULL`);
    const lags = rows.map((r: { ms: string }) => Number(r.ms));
    const foldedSql = `SELECT extract(epoch FROM p.processed_at - o.occurred_at) * 1000 AS ms FROM support_desk.outbox o
      JOIN leadership_reporting.processed_event p ON p.event_id = o.id AND p.consumer = 'leadership-reporting' WHERE o.type = 'ticket.raised'`;
    while ((await db.query(foldedSql)).rows.length < lags.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const folds = (await db.query(foldedSql)).rows.map((r: { ms: string }) => Number(r.ms));
    return {
      relayP50: percentile(lags, 50),
      relayP95: percentile(lags, 95),
      relayed: lags.length,
      folded: folds.length,
      foldP50: percentile(folds, 50),
      foldP95: percentile(folds, 95),
    };
  } finally {
    await db.end();
  }
}
