import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { BaseConfig } from '../config/config';
import { BASE_CONFIG, REDIS } from '../kit.tokens';
import { createLogger } from '../logging/logger';

type Listener = () => void;

/**
 * "This service's data of trust T changed": published on Redis by whichever replica committed it (the relay after
 * its events went out, or a consumer after it folded some), heard by every replica's live streams (one subscriber
 * connection per replica, opened with the first stream). A signal names a trust and nothing else.
 */
@Injectable()
export class LiveSignals implements OnApplicationShutdown {
  private readonly logger = createLogger('LiveSignals');
  private readonly channel: string;
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscriber?: Redis;
  private subscribed?: Promise<unknown>;

  constructor(@Inject(REDIS) private readonly redis: Redis, @Inject(BASE_CONFIG) config: BaseConfig) {
    this.channel = `${config.namespace}:${config.serviceName}:changed`;
  }

  /** Says each trust's data changed; a failure is logged, never thrown (the change is already committed). */
  publish(trustIds: Iterable<string>): void {
    for (const trustId of new Set(trustIds)) {
      this.redis.publish(this.channel, trustId).catch((error: Error) => this.logger.warn({ err: error }, 'could not signal a change'));
    }
  }

  /** Calls `listener` on each change of the trust's data; resolves, once listening, to the way to stop. */
  async listen(trustId: string, listener: Listener): Promise<() => void> {
    if (!this.subscriber) {
      this.subscriber = this.redis.duplicate();
      this.subscriber.on('message', (_channel: string, changed: string) => this.listeners.get(changed)?.forEach((call) => call()));
    }
    // A failed subscribe is forgotten, so the next stream tries again.
    this.subscribed ??= this.subscriber.subscribe(this.channel).catch((error: unknown) => { this.subscribed = undefined; throw error; });
    await this.subscribed;
    const set = this.listeners.get(trustId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(trustId, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(trustId);
    };
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }
}
