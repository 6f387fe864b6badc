import { Client } from 'pg';
import { EntityManager } from 'typeorm';
import { S } from '../schema';
import { applyReportingEvent } from './apply-event';
import { foldLockSql } from './fold-lock';

/** The services whose events reporting folds, and the prefixes it takes from each (libs/contracts EVENT_ROUTES). */
const SOURCES = ['support_desk', 'change_management', 'strategy_roadmap'];
const TYPES = ['ticket.%', 'incident.%', 'change.%', 'initiative.%', 'standard.%', 'review.%'];
const ROLLUPS = [
  'school_day',
  'school_backlog',
  'ticket_state',
  'incident_state',
  'change_state',
  'initiative_state',
  'standard_state',
];

const PAGE = 5000;

/**
 * Builds one trust's rollups again from the source services' outboxes (every event they ever emitted, in each
 * service's order, read a page at a time), with the same fold the live consumer uses. One transaction: the board
 * never sees it half done. It holds the trust's fold lock, so the live consumer waits for it, and it records each
 * event as processed, so an event still on its way to the consumer is not counted twice. Runs with an
 * administrator connection to the shared database (a deployment with separate databases would page through each
 * service's events over its API instead).
 */
export async function rebuildTrust(databaseUrl: string, trustId: string): Promise<{ events: number; ms: number }> {
  const started = performance.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const em = {
    query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows,
  } as unknown as EntityManager;
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.trust_id', $1, true)`, [trustId]);
    await client.query(foldLockSql('exclusive'), [trustId]);
    for (const table of ROLLUPS) await client.query(`DELETE FROM ${S}.${table} WHERE trust_id = $1`, [trustId]);
    let events = 0;
    for (const source of SOURCES) {
      for (let after = '0'; ;) {
        const { rows } = await client.query(
          `SELECT seq, id, type, trust_id, payload, actor_id, occurred_at FROM ${source}.outbox
          WHERE trust_id = $1 AND type LIKE ANY ($2::text[]) AND seq > $3 ORDER BY seq LIMIT ${PAGE}`,
          [trustId, TYPES, after],
        );
        for (const row of rows) {
          await applyReportingEvent(
            {
              id: row.id,
              type: row.type,
              trustId: row.trust_id,
              source,
              actorId: row.actor_id,
              occurredAt: new Date(row.occurred_at).toISOString(),
              payload: row.payload,
            },
            em,
          );
        }
        await client.query(
          `INSERT INTO ${S}.processed_event (consumer, event_id) SELECT 'leadership-reporting', unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
          [rows.map((row) => row.id)],
        );
        events += rows.length;
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1].seq;
      }
    }
    await client.query('COMMIT');
    return { events, ms: performance.now() - started };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/** Every rollup row of a trust, in a stable order: what the live path and a rebuild must agree on. */
export async function rollupSnapshot(databaseUrl: string, trustId: string): Promise<Record<string, unknown[]>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const snapshot: Record<string, unknown[]> = {};
    for (const table of ROLLUPS) {
      snapshot[table] = (
        await client.query(`SELECT * FROM ${S}.${table} WHERE trust_id = $1 ORDER BY 1, 2, 3`, [trustId])
      ).rows;
    }
    return snapshot;
  } finally {
    await client.end();
  }
}
