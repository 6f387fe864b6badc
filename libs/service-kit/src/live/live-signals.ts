import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { BaseConfig } from '../config/config';
import { BASE_CONFIG, REDIS } from '../kit.tokens';
import { createLogger } from '../logging/logger';

type Listener = { call: () => void; schoolIds: Set<string> | null };

/** One change: a trust's data, and the school it was about when there was one. */
export interface LiveChange {
  trustId: string;
  schoolId?: string;
}

/** Whether a listener scoped to `schoolIds` (null: every school) hears a change about `schoolId` (none: trust-wide). */
export const hears = (schoolIds: Set<string> | null, schoolId: string | undefined) =>
  !schoolIds || !schoolId || schoolIds.has(schoolId);

/** The Redis channel of one service's live signals in one deployment (namespace = database name). */
export const liveChannel = (namespace: string, service: string) => `${namespace}:${service}:changed`;

/** The school an event is about, if its payload names one. */
export const schoolOf = (payload: unknown): string | undefined => {
  const schoolId = (payload as { schoolId?: unknown } | null)?.schoolId;
  return typeof schoolId === 'string' ? schoolId : undefined;
};

/**
 * "This service's data of trust T changed": published on Redis by whichever replica committed it (the relay after
 * its events went out, or a consumer after it folded some), heard by every replica's live streams (one subscriber
 * connection per replica, opened with the first stream). A signal names a trust and, when the change was about
 * one, a school: a school-scoped listener hears only its schools' changes and the trust-wide ones.
 */
@Injectable()
export class LiveSignals implements OnApplicationShutdown {
  private readonly logger = createLogger('LiveSignals');
  private readonly channel: string;
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscriber?: Redis;
  private subscribed?: Promise<unknown>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) config: BaseConfig,
  ) {
    this.channel = liveChannel(config.namespace, config.serviceName);
  }

  /** Says each trust's (or school's) data changed; a failure is logged, never thrown (the change is already committed). */
  publish(changes: Iterable<LiveChange>): void {
    for (const message of new Set([...changes].map((c) => (c.schoolId ? `${c.trustId}/${c.schoolId}` : c.trustId)))) {
      this.redis
        .publish(this.channel, message)
        .catch((error: Error) => this.logger.warn({ err: error }, 'could not signal a change'));
    }
  }

  /** Calls `call` on each change the actor may hear of; resolves, once listening, to the way to stop. */
  async listen(actor: { trustId: string; schoolIds: string[] | null }, call: () => void): Promise<() => void> {
    if (!this.subscriber) {
      this.subscriber = this.redis.duplicate();
      this.subscriber.on('message', (_channel: string, message: string) => {
        const [trustId, schoolId] = message.split('/');
        this.listeners.get(trustId)?.forEach((listener) => {
          if (hears(listener.schoolIds, schoolId)) listener.call();
        });
      });
    }
    // A failed subscribe is forgotten, so the next stream tries again.
    this.subscribed ??= this.subscriber.subscribe(this.channel).catch((error: unknown) => {
      this.subscribed = undefined;
      throw error;
    });
    await this.subscribed;
    const listener: Listener = { call, schoolIds: actor.schoolIds ? new Set(actor.schoolIds) : null };
    const set = this.listeners.get(actor.trustId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(actor.trustId, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(actor.trustId);
    };
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }
}
