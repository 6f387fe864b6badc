import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Clock, createLogger } from '@trustops/service-kit';
import { tooManySignInFailures } from './auth.errors';
import { clientAddressGroup } from './client-address';

export interface SignInPolicy {
  /** Failed sign-ins one client address may make per window before its attempts queue and its guessing stops. */
  perAddress: number;
  /**
   * Failures for an account (from one address, or from all of them) before its attempts are slowed; once the
   * address's budget is spent, failures for an account from that address before its attempts there are refused.
   */
  perAccount: number;
  /** The first delay; each further failure doubles it. Also the spacing of the queue of an address past its budget. */
  delayBaseMs: number;
  /** Cap of the delay for attempts from an address that has been failing for that account. */
  delayMaxMs: number;
  /**
   * Cap of the delay every attempt on the account waits, from any address: the owner's worst case elsewhere. Also
   * the cap of the wait in an address's queue, so staff behind a spent address wait this long at most.
   */
  accountDelayMaxMs: number;
  windowSeconds: number;
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export const signInPolicyFromEnv = (): SignInPolicy => {
  const delayMaxMs = env('SIGNIN_DELAY_MAX_MS', 20_000);
  return {
    // A school's staff sign in from the trust's or the local authority's filter: one address for hundreds of
    // people at 8:30, so the address budget counts failures only and is generous.
    perAddress: env('SIGNIN_LIMIT_PER_ADDRESS', 300),
    perAccount: env('SIGNIN_LIMIT_PER_EMAIL', 5),
    delayBaseMs: env('SIGNIN_DELAY_BASE_MS', 1000),
    // 20 s rather than OWASP's usual 30 s: the gateway gives a subgraph 30 s to answer, argon2 included.
    delayMaxMs,
    accountDelayMaxMs: Math.min(env('SIGNIN_ACCOUNT_DELAY_MAX_MS', 3000), delayMaxMs),
    windowSeconds: 900,
  };
};

export type SignInOutcome = 'failed' | 'succeeded' | 'abandoned';

/* The delay after `failures` failures, and the time, for both scripts: Redis's clock, so every replica shares one. */
const DELAY = `
local threshold, base = tonumber(ARGV[3]), tonumber(ARGV[4])
local function delay(failures, cap)
  if failures < threshold then return 0 end
  return math.min(cap, base * 2 ^ (failures - threshold))
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;
/*
 * begin: once the address's failure budget is spent, refuse an account that has itself failed `perAccount` times
 * from that address, until the sooner of the two windows ends. Otherwise reserve this attempt as a failure (so
 * concurrent attempts cannot all slip under the limits before any of them is counted) and take the next slot of
 * the account+address pair, of the account and, while the budget is spent, of the address's queue. A slot is at
 * most its cap ahead, so it delays but never refuses.
 */
const BEGIN = `${DELAY}
local addressLimit, windowMs, pairMax, accountMax = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[5]), tonumber(ARGV[6])
local spent = tonumber(redis.call('GET', KEYS[1]) or '0') >= addressLimit
if spent and tonumber(redis.call('HGET', KEYS[3], 'failures') or '0') >= threshold then
  local addressTtl, pairTtl = redis.call('PTTL', KEYS[1]), redis.call('PTTL', KEYS[3])
  return {0, math.min(addressTtl > 0 and addressTtl or windowMs, pairTtl > 0 and pairTtl or windowMs), 1}
end
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], windowMs, 'NX')
local function reserve(key, cap)
  local state = redis.call('HMGET', key, 'failures', 'next')
  local failures = tonumber(state[1] or '0')
  local slot = math.min(math.max(now, tonumber(state[2] or '0')), now + cap)
  redis.call('HSET', key, 'failures', failures + 1, 'next', string.format('%.0f', slot + delay(failures + 1, cap)))
  redis.call('PEXPIRE', key, windowMs)
  return slot
end
local slot = math.max(reserve(KEYS[3], pairMax), reserve(KEYS[2], accountMax))
if not spent then return {1, slot - now, 0} end
local queued = math.min(math.max(now, tonumber(redis.call('GET', KEYS[4]) or '0')), now + accountMax)
redis.call('SET', KEYS[4], string.format('%.0f', queued + base), 'PX', windowMs)
return {1, math.max(slot, queued) - now, 1}
`;
/* finish: a failure pushes the next slot to a full delay after it; anything else gives back what begin reserved. */
const FINISH = `${DELAY}
local pairMax, accountMax, outcome = tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7]
if outcome == 'failed' then
  for i, cap in ipairs({accountMax, pairMax}) do
    local state = redis.call('HMGET', KEYS[i + 1], 'failures', 'next')
    if state[1] then
      local next = now + delay(tonumber(state[1]), cap)
      if next > tonumber(state[2] or '0') then redis.call('HSET', KEYS[i + 1], 'next', string.format('%.0f', next)) end
    end
  end
  return 0
end
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
if tonumber(redis.call('HGET', KEYS[2], 'failures') or '0') > 0 then redis.call('HINCRBY', KEYS[2], 'failures', -1) end
if outcome == 'succeeded' then
  redis.call('DEL', KEYS[3])
elseif tonumber(redis.call('HGET', KEYS[3], 'failures') or '0') > 0 then
  redis.call('HINCRBY', KEYS[3], 'failures', -1)
end
return 0
`;

/**
 * Sign-in limits after OWASP's authentication and credential-stuffing cheat sheets, counted in Redis so every
 * replica counts together. Only failures count, so a school signing in at 8:30 from one address is never held up;
 * a success clears the failures of its account from its address.
 * - Per client address (an IPv6 client grouped by its /64, an IPv4 one whole; see `clientAddressGroup`): a failure
 *   budget per window, generous enough for the burst a school makes. Once it is spent, the address is not refused,
 *   because a whole school sits behind one filter address and one pupil's script must not lock it out:
 *   - an attempt for an account that has itself failed `perAccount` times from that address in the window (the
 *     guesser's own account+address pair) is refused (TOO_MANY_REQUESTS, saying when to try again) until the
 *     address's window or the pair's ends; the account's owner meanwhile signs in from any other address;
 *   - every other attempt from that address is admitted but takes the next slot of an address-wide queue, spaced
 *     `delayBaseMs` apart and at most `accountDelayMaxMs` ahead, so it waits but is never refused.
 * - Per account: past `perAccount` failures each attempt waits a delay that doubles with each failure: up to
 *   `delayMaxMs` from an address that has been failing for that account, and up to `accountDelayMaxMs` from
 *   anywhere, so guesses spread over many addresses are slowed too while the owner elsewhere waits a few seconds
 *   at most. An attempt waits for the latest of its slots (pair, account and, past the budget, queue).
 * Only the guesser's own pair is ever refused, so nobody's right password is refused because someone else guessed
 * wrongly, except the targeted account's owner behind the guesser's own address, who cannot be told apart from it.
 * Attempts for unknown emails are counted exactly as for known ones, so the limits reveal nothing either.
 */
export class SignInLimiter {
  private readonly logger = createLogger(SignInLimiter.name);

  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    /** Only to tell a refused client the time to come back; the limits themselves run on Redis's clock. */
    private readonly clock: Clock,
    private readonly policy: SignInPolicy = signInPolicyFromEnv(),
  ) {}

  /** Runs `check` (the password check) within the limits; `check` resolves to null for wrong credentials. */
  async attempt<T>(email: string, address: string, check: () => Promise<T | null>): Promise<T | null> {
    const keys = this.keys(email, address);
    const begun = await this.redis.eval(BEGIN, keys.length, ...keys, ...this.args('begin'));
    const [admitted, ms, budgetSpent] = begun as [number, number, number];
    if (!admitted) {
      this.logger.warn(
        { address, retryAfterSeconds: Math.ceil(ms / 1000) },
        'sign-in refused: failure budget of the address spent, and this account has been failing from it',
      );
      throw tooManySignInFailures(ms, this.clock.now());
    }
    if (ms > 0) {
      this.logger.info(
        { address, delayMs: ms, addressBudgetSpent: budgetSpent === 1 },
        'sign-in slowed after repeated failures for the account or from the address',
      );
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    let outcome: SignInOutcome = 'abandoned';
    try {
      const result = await check();
      outcome = result ? 'succeeded' : 'failed';
      return result;
    } finally {
      await this.redis.eval(FINISH, keys.length, ...keys, ...this.args(outcome));
    }
  }

  private args(step: 'begin' | SignInOutcome): (string | number)[] {
    const { perAddress, windowSeconds, perAccount, delayBaseMs, delayMaxMs, accountDelayMaxMs } = this.policy;
    return [perAddress, windowSeconds * 1000, perAccount, delayBaseMs, delayMaxMs, accountDelayMaxMs, step];
  }

  /** Emails are hashed so the keys do not list who signs in. */
  private keys(email: string, address: string): [string, string, string, string] {
    const account = createHash('sha256').update(email.toLowerCase()).digest('base64url').slice(0, 22);
    const group = clientAddressGroup(address);
    const prefix = `${this.namespace}:signin`;
    return [
      `${prefix}:failures:${group}`,
      `${prefix}:account:${account}`,
      `${prefix}:account:${account}:${group}`,
      `${prefix}:queue:${group}`,
    ];
  }
}
