import { createHash } from 'node:crypto';
import { EventBatch, EventEnvelope, eventQueueName } from '@trustops/contracts';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createLogger } from '../logging/logger';
import { openScopedQueryRunner } from '../db/tenant-db';

export interface RelayOptions {
  dataSource: DataSource;
  schema: string;
  source: string;
  redis: Redis;
  /** BullMQ key prefix: the deployment's namespace. */
  prefix: string;
  listenUrl?: string;
  destinations: (type: string) => string[];
  pollMs?: number;
  batchSize?: number;
  /** Told of each pass's events once they are queued and marked (e.g. to signal live streams); must not throw. */
  onRelayed?: (events: EventEnvelope[]) => void;
}

interface OutboxRow {
  seq: string;
  id: string;
  trust_id: string;
  type: string;
  payload: unknown;
  actor_id: string | null;
  occurred_at: Date;
}

/**
 * A batch's job id: a digest of all its event ids, so the same rows sent twice (crash between enqueue and
 * marking) are one job, and a different set can never be taken for one already queued (BullMQ drops a job whose
 * id it holds, and a commit that lands late can put another row first in the next pass).
 */
export function batchJobId(events: EventEnvelope[]): string {
  return createHash('sha256')
    .update(events.map((e) => e.id).join(','))
    .digest('hex');
}

const LISTEN_RETRY_FIRST_MS = 500;
const LISTEN_RETRY_MAX_MS = 30_000;

/**
 * Moves committed outbox rows to BullMQ: each pass sends each consumer one job with its events, in outbox order
 * (rows sent again in another batch are skipped by the consumer's processed-event check). Woken by LISTEN/NOTIFY,
 * with a poll as the safety net.
 */
export class OutboxRelay {
  private readonly logger = createLogger('OutboxRelay');
  private readonly queues = new Map<string, Queue>();
  private timer?: NodeJS.Timeout;
  private listener?: Client;
  private relisten?: NodeJS.Timeout;
  private relistenDelayMs = LISTEN_RETRY_FIRST_MS;
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(private readonly options: RelayOptions) {}

  async start(): Promise<void> {
    this.timer = setInterval(() => void this.kick(), this.options.pollMs ?? 1000);
    if (this.options.listenUrl) await this.listen(this.options.listenUrl);
    await this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.relisten);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.draining;
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  /**
   * LISTEN on a connection of its own. When that connection drops (database restart, the connection cut), the
   * poll carries on and the relay listens again with a growing delay, so it is never left deaf; it never throws.
   */
  private async listen(url: string): Promise<void> {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000, keepAlive: true });
    this.listener = client;
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      const retryInMs = this.relistenDelayMs;
      this.relistenDelayMs = Math.min(this.relistenDelayMs * 2, LISTEN_RETRY_MAX_MS);
      this.logger.warn(
        { err: error && { message: error.message, code: (error as { code?: string }).code }, retryInMs },
        'outbox listener lost; polling until it listens again',
      );
      this.relisten = setTimeout(() => void this.listen(url), retryInMs);
    };
    client.on('notification', () => void this.kick());
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.schema}_outbox`);
    } catch (error) {
      return lost(error as Error);
    }
    if (this.listener !== client) return void client.end().catch(() => undefined); // stopped meanwhile
    if (this.relistenDelayMs !== LISTEN_RETRY_FIRST_MS) {
      this.logger.info('outbox listener listening again');
      this.relistenDelayMs = LISTEN_RETRY_FIRST_MS;
      // Rows committed while it was deaf were (or will be) found by the poll; a pass now saves the wait.
      void this.kick();
    }
  }

  /** Drains now; concurrent kicks coalesce into one more pass. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.again = false;
        while ((await this.relayBatch()) === (this.options.batchSize ?? 200));
      } while (this.again && !this.stopped);
    } catch (error) {
      this.logger.error({ err: error }, 'outbox relay pass failed; will retry');
    }
  }

  private async relayBatch(): Promise<number> {
    const { dataSource, schema } = this.options;
    const qr = await openScopedQueryRunner(dataSource, schema, { kind: 'system' });
    try {
      const rows: OutboxRow[] = await qr.query(
        `SELECT seq, id, trust_id, type, payload, actor_id, occurred_at FROM ${schema}.outbox
         WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 200],
      );
      const events = rows.map((row) => this.envelope(row));
      if (rows.length) {
        await this.enqueue(events);
        await qr.query(`UPDATE ${schema}.outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [
          rows.map((r) => r.seq),
        ]);
      }
      await qr.commitTransaction();
      if (events.length) this.options.onRelayed?.(events);
      return rows.length;
    } catch (error) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw error;
    } finally {
      await qr.release();
    }
  }

  private envelope(row: OutboxRow): EventEnvelope {
    return {
      id: row.id,
      type: row.type,
      trustId: row.trust_id,
      source: this.options.source,
      actorId: row.actor_id,
      occurredAt: new Date(row.occurred_at).toISOString(),
      payload: row.payload,
    };
  }

  private async enqueue(events: EventEnvelope[]): Promise<void> {
    const byQueue = new Map<string, EventEnvelope[]>();
    for (const event of events) {
      for (const consumer of this.options.destinations(event.type)) {
        byQueue.set(consumer, [...(byQueue.get(consumer) ?? []), event]);
      }
    }
    await Promise.all(
      [...byQueue].map(([consumer, batch]) =>
        this.queue(consumer).add('events', { events: batch } satisfies EventBatch, {
          jobId: batchJobId(batch),
          attempts: 10,
          backoff: { type: 'exponential', delay: 500 },
          removeOnComplete: { age: 86_400 },
          removeOnFail: false,
        }),
      ),
    );
  }

  private queue(consumer: string): Queue {
    let queue = this.queues.get(consumer);
    if (!queue) {
      queue = new Queue(eventQueueName(consumer), { connection: this.options.redis, prefix: this.options.prefix });
      this.queues.set(consumer, queue);
    }
    return queue;
  }
}
