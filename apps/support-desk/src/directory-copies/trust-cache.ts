import { Injectable } from '@nestjs/common';
import { Actor } from '@trustops/service-kit';
import { ClsService } from 'nestjs-cls';

/**
 * Per-trust look-ups that change rarely (school copies, calendars, SLA targets, routing rules, members), kept for
 * a few seconds so a raise does not re-read them. Keys start with the trust id of the verified token (the read
 * that filled an entry ran under that trust's RLS). A write on this replica drops the trust's entries at once;
 * other replicas see it within the TTL.
 */
export class TtlCache {
  private readonly entries = new Map<string, { value: unknown; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value as T;
    const value = await load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    return value;
  }

  dropPrefix(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}

export const TRUST_CACHE_TTL_MS = Number(process.env.REFERENCE_CACHE_MS ?? 30_000);

/** The TtlCache of this replica, keyed by the trust of the request. */
@Injectable()
export class TrustCache {
  private readonly cache = new TtlCache(TRUST_CACHE_TTL_MS);

  constructor(private readonly cls: ClsService) {}

  /**
   * `load` once per trust and key for a short while. Outside a request (jobs, seeding) there is no verified
   * trust to key on, so it reads every time.
   */
  cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const trustId = this.cls.isActive() ? (this.cls.get('actor') as Actor | undefined)?.trustId : undefined;
    return trustId ? this.cache.get(`${trustId}:${key}`, load) : load();
  }

  /** After a write to a trust's reference data: this replica reads it fresh at once. */
  forget(trustId: string): void {
    this.cache.dropPrefix(`${trustId}:`);
  }
}
