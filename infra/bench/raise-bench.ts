/**
 * raiseTicket under load (issue 4): C clients raise N tickets through the gateway as teachers would. Each raise
 * computes both SLA clocks in school working time and writes the ticket, its audit row and its events in one
 * transaction; the figures include how long the outbox relay took to hand each ticket.raised event on.
 */
import { Client } from 'pg';
import { NORTHSTAR } from '@trustops/demo-data';
import { adminUrl, gql, signIn } from '@trustops/testing';
import { percentile } from './stats';

const RAISE = `mutation ($i: RaiseTicketInput!) { raiseTicket(input: $i) { id sla { resolutionDueAt } } }`;

export interface RaiseFigures { perSecond: number; p50: number; p95: number; failed: number; relayP50: number; relayP95: number; relayed: number }

export async function benchRaise(options: { gatewayUrl: string; database: string; total: number; clients: number }): Promise<RaiseFigures> {
  const token = await signIn(options.gatewayUrl, 'teacher@northstar.example');
  const input = (n: number) => ({ i: { schoolId: NORTHSTAR.schools[0].id, subject: `Load ticket ${n}`, description: 'Raised by the benchmark',
    kind: 'FAULT', impact: 'MEDIUM', urgency: (['LOW', 'MEDIUM', 'HIGH'] as const)[n % 3], category: 'SOFTWARE' } });
  const samples: number[] = [];
  let next = 0;
  let failed = 0;
  const client = async () => {
    while (next < options.total) {
      const n = next++;
      const t = performance.now();
      const res = await gql(options.gatewayUrl, RAISE, input(n), token);
      samples.push(performance.now() - t);
      if (!res.data?.raiseTicket?.sla?.resolutionDueAt) failed++;
    }
  };
  for (let i = 0; i < 50; i++) await gql(options.gatewayUrl, RAISE, input(-1), token); // warm up
  const started = performance.now();
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  const relay = await relayLag(options.database);
  return { perSecond: options.total / seconds, p50: percentile(samples, 50), p95: percentile(samples, 95), failed, ...relay };
}

/** Waits for the relay to publish every ticket.raised event, then reads commit-to-publish times from the outbox. */
async function relayLag(database: string): Promise<{ relayP50: number; relayP95: number; relayed: number }> {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const deadline = Date.now() + 30_000;
    while ((await db.query(`SELECT count(*)::int AS n FROM support_desk.outbox WHERE published_at IS NULL`)).rows[0].n > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // occurred_at is the transaction's start (now()), so this is an upper bound on commit-to-publish.
    const { rows } = await db.query(`SELECT extract(epoch FROM published_at - occurred_at) * 1000 AS ms FROM support_desk.outbox
      WHERE type = 'ticket.raised' AND published_at IS NOT NULL`);
    const lags = rows.map((r: { ms: string }) => Number(r.ms));
    return { relayP50: percentile(lags, 50), relayP95: percentile(lags, 95), relayed: lags.length };
  } finally {
    await db.end();
  }
}
