import { createHash } from 'node:crypto';
import { EventBatch, EventEnvelope, eventQueueName } from '@trustops/contracts';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createLogger } from '../logging/logger';
import { openScopedTransaction } from '../db/tenant-db';

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

interface OutboxRow { seq: string; id: string; trust_id: string; type: string; payload: unknown; actor_id: string | null; occurred_at: Date }

/**
 * A batch's job id: a digest of all its event ids, so the same rows sent twice (crash between enqueue and
 * marking) are one job, and a different set can never be taken for one already queued (BullMQ drops a job whose
 * id it holds, and a commit that lands late can put another row first in the next pass).
 */
export function batchJobId(events: EventEnvelope[]): string {
  return createHash('sha256').update(events.map((e) => e.id).join(',')).digest('hex');
}

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
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(private readonly options: RelayOptions) {}

  async start(): Promise<void> {
    this.timer = setInterval(() => void this.kick(), this.options.pollMs ?? 1000);
    if (this.options.listenUrl) {
      this.listener = new Client({ connectionString: this.options.listenUrl });
      this.listener.on('notification', () => void this.kick());
      this.listener.on('error', (error: Error) => this.logger.warn({ err: error }, 'outbox listener failed; polling only'));
      await this.listener.connect();
      await this.listener.query(`LISTEN ${this.options.schema}_outbox`);
    }
    await this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.draining;
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  /** Drains now; concurrent kicks coalesce into one more pass. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) { this.again = true; return this.draining; }
    this.draining = this.drain().finally(() => { this.draining = undefined; });
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
    const qr = dataSource.createQueryRunner();
    await qr.connect();
    try {
      await openScopedTransaction(qr, schema, { kind: 'system' });
      const rows: OutboxRow[] = await qr.query(
        `SELECT seq, id, trust_id, type, payload, actor_id, occurred_at FROM ${schema}.outbox
         WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`, [this.options.batchSize ?? 200]);
      const events = rows.map((row) => this.envelope(row));
      if (rows.length) {
        await this.enqueue(events);
        await qr.query(`UPDATE ${schema}.outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [rows.map((r) => r.seq)]);
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
    return { id: row.id, type: row.type, trustId: row.trust_id, source: this.options.source, actorId: row.actor_id,
      occurredAt: new Date(row.occurred_at).toISOString(), payload: row.payload };
  }

  private async enqueue(events: EventEnvelope[]): Promise<void> {
    const byQueue = new Map<string, EventEnvelope[]>();
    for (const event of events) {
      for (const consumer of this.options.destinations(event.type)) {
        byQueue.set(consumer, [...(byQueue.get(consumer) ?? []), event]);
      }
    }
    await Promise.all([...byQueue].map(([consumer, batch]) => this.queue(consumer).add('events', { events: batch } satisfies EventBatch, {
      jobId: batchJobId(batch), attempts: 10, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: { age: 86_400 }, removeOnFail: false,
    })));
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
