import type { Redis } from 'ioredis';

/** One more in a window that starts with the first (Redis INCR, then its expiry on the first only): the new count. */
export async function countInWindow(redis: Redis, key: string, windowMs: number): Promise<number> {
  const count = await redis.incr(key);
  if (count === 1) await redis.pexpire(key, windowMs);
  return count;
}
