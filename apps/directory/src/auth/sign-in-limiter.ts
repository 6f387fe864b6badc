import type { Redis } from 'ioredis';
import { DomainError } from '@trustops/service-kit';

/**
 * Fixed-window limits on sign-in attempts, per email and per client address, kept in Redis so every replica
 * counts together. Counting happens before the password check, so a guesser learns nothing from timing.
 */
export class SignInLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    private readonly limits = { perEmail: Number(process.env.SIGNIN_LIMIT_PER_EMAIL ?? 10), perAddress: Number(process.env.SIGNIN_LIMIT_PER_ADDRESS ?? 100), windowSeconds: 900 },
  ) {}

  async hit(email: string, address: string): Promise<void> {
    const keys = [this.key('email', email.toLowerCase()), this.key('addr', address)];
    const tx = this.redis.multi();
    for (const key of keys) tx.incr(key).expire(key, this.limits.windowSeconds, 'NX');
    const results = (await tx.exec()) ?? [];
    const [emailCount, addressCount] = [Number(results[0]?.[1]), Number(results[2]?.[1])];
    if (emailCount > this.limits.perEmail || addressCount > this.limits.perAddress) {
      throw new DomainError('TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS',
        'Too many sign-in attempts. Wait 15 minutes and try again, or ask your IT team to reset your password.');
    }
  }

  async clear(email: string): Promise<void> {
    await this.redis.del(this.key('email', email.toLowerCase()));
  }

  private key(kind: string, value: string): string {
    return `${this.namespace}:signin:${kind}:${value}`;
  }
}
