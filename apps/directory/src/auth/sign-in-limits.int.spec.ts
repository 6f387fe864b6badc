import { DEMO_PASSWORD, DEMO_USERS } from '@trustops/demo-data';
import { startDirectory, TestDirectory } from '../testing/start-directory';
import { SignInLimiter } from './sign-in-limiter';

const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }';

// Small limits and delays so the behaviour shows in seconds; production defaults are in sign-in-limiter.ts.
// The gap between the two caps leaves room for a loaded machine's own slowness in the upper bounds below.
const LIMITS = { perAddress: 60, perEmail: 5, delayBaseMs: 50, delayMaxMs: 1000, accountDelayMaxMs: 100 };

interface Attempt {
  outcome: string;
  ms: number;
  message?: string;
  extensions?: Record<string, unknown>;
}

describe('sign-in limits', () => {
  let directory: TestDirectory;
  beforeAll(async () => {
    directory = await startDirectory({
      SIGNIN_LIMIT_PER_ADDRESS: String(LIMITS.perAddress),
      SIGNIN_LIMIT_PER_EMAIL: String(LIMITS.perEmail),
      SIGNIN_DELAY_BASE_MS: String(LIMITS.delayBaseMs),
      SIGNIN_DELAY_MAX_MS: String(LIMITS.delayMaxMs),
      SIGNIN_ACCOUNT_DELAY_MAX_MS: String(LIMITS.accountDelayMaxMs),
    });
  });
  afterAll(() => directory.stop());

  /** A sign-in as the gateway forwards it: the client's address in x-forwarded-for. */
  async function signInFrom(address: string, email: string, password: string): Promise<Attempt> {
    const started = performance.now();
    const response = await fetch(directory.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
    });
    const body = (await response.json()) as {
      data?: { signIn?: { accessToken: string } } | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    const [error] = body.errors ?? [];
    return {
      outcome: body.data?.signIn?.accessToken ? 'SIGNED_IN' : String(error?.extensions?.code),
      ms: performance.now() - started,
      message: error?.message,
      extensions: error?.extensions,
    };
  }

  /** Runs `count` attempts, `width` at a time, in order of index. */
  async function inParallel(
    count: number,
    width: number,
    attempt: (i: number) => Promise<Attempt>,
  ): Promise<Attempt[]> {
    const results: Attempt[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: width }, async () => {
        while (next < count) {
          const i = next++;
          results[i] = await attempt(i);
        }
      }),
    );
    return results;
  }

  const outcomes = (attempts: Attempt[]) => [...new Set(attempts.map((a) => a.outcome))];

  it('signs in 300 staff from one school address on a Monday morning, after a typo each, in under five minutes', async () => {
    const school = '198.51.100.10';
    const started = performance.now();
    const typos = await inParallel(DEMO_USERS.length, 1, (i) =>
      signInFrom(school, DEMO_USERS[i].email, 'trustops-dmeo'),
    );
    const signIns = await inParallel(300, 6, (i) =>
      signInFrom(school, DEMO_USERS[i % DEMO_USERS.length].email, DEMO_PASSWORD),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(outcomes(typos)).toEqual(['UNAUTHENTICATED']);
    expect(signIns.filter((a) => a.outcome !== 'SIGNED_IN')).toEqual([]);
    expect(seconds).toBeLessThan(300);
  }, 300_000);

  it("slows a guesser at one account more and more, yet lets the owner in with the right password from elsewhere and from the guesser's address", async () => {
    const guesser = '203.0.113.66';
    const email = 'governor@northstar.example';
    // Ten at a time: sending guesses in parallel must not get round the delay.
    const batches: Attempt[][] = [];
    for (let batch = 0; batch < 5; batch++) {
      batches.push(await inParallel(10, 10, (i) => signInFrom(guesser, email, `guess-${batch}-${i}`)));
    }
    expect(outcomes(batches.flat())).toEqual(['UNAUTHENTICATED']);
    const [first, ...later] = batches;
    expect(Math.min(...first.map((a) => a.ms))).toBeLessThan(LIMITS.delayMaxMs / 2);
    expect(Math.min(...later.flat().map((a) => a.ms))).toBeGreaterThanOrEqual(LIMITS.delayMaxMs * 0.9);

    const elsewhere = await signInFrom('192.0.2.44', email, DEMO_PASSWORD);
    expect(elsewhere.outcome).toBe('SIGNED_IN');
    // It waited the account-wide delay at most, not the guesser's.
    expect(elsewhere.ms).toBeLessThan(LIMITS.delayMaxMs);
    expect((await signInFrom(guesser, email, DEMO_PASSWORD)).outcome).toBe('SIGNED_IN');
  });

  it('slows guesses at one account spread over many addresses by the account-wide delay only, and lets the owner in', async () => {
    const email = 'engineer@northstar.example';
    const guesses: Attempt[] = [];
    for (let i = 0; i < 20; i++) guesses.push(await signInFrom(`10.20.0.${i}`, email, `guess-${i}`));
    expect(outcomes(guesses)).toEqual(['UNAUTHENTICATED']);
    const slowed = guesses.slice(10).map((a) => a.ms);
    expect(Math.min(...slowed)).toBeGreaterThanOrEqual(LIMITS.accountDelayMaxMs * 0.9);
    expect(Math.max(...slowed)).toBeLessThan(LIMITS.delayMaxMs);
    expect((await signInFrom('192.0.2.45', email, DEMO_PASSWORD)).outcome).toBe('SIGNED_IN');
  });

  it("once a school address has spent its failure budget, refuses only the account a script there has been guessing at, saying when and where else to try, and slows every other sign-in from it: staff still sign in, and so does that account's owner from elsewhere", async () => {
    const school = '198.51.100.99';
    const target = 'ceo@northstar.example';
    const staff = DEMO_USERS.map((u) => u.email).filter((email) => email !== target);
    // Sign-ins before the script starts do not spend the budget ...
    const early = await inParallel(8, 4, (i) => signInFrom(school, staff[i], DEMO_PASSWORD));
    expect(outcomes(early)).toEqual(['SIGNED_IN']);
    // ... so when a pupil's script has guessed at one account `perEmail` times and sprayed many more, its guess that
    // spends the budget is still admitted: it would be refused had the sign-ins counted.
    const guesses = await inParallel(LIMITS.perEmail, 1, (i) => signInFrom(school, target, `guess-${i}`));
    const spray = await inParallel(LIMITS.perAddress - LIMITS.perEmail - 1, 4, (i) =>
      signInFrom(school, `staff${i}@northstar.example`, 'Summer2026!'),
    );
    const last = await signInFrom(school, target, 'guess-last');
    expect(outcomes([...guesses, ...spray, last])).toEqual(['UNAUTHENTICATED']);

    // (a) A member of staff at the school signs in with the right password: slowed by the address's queue at most.
    const member = await signInFrom(school, staff[0], DEMO_PASSWORD);
    expect(member.outcome).toBe('SIGNED_IN');
    expect(member.ms).toBeLessThan(LIMITS.delayMaxMs);
    // Six at once take the queue's slots `delayBaseMs` apart, at most `accountDelayMaxMs` ahead: four wait the cap.
    // Asked of the service's limiter with the password check left out, so argon2 on a busy machine cannot hide it.
    const limiter = directory.app.get(SignInLimiter);
    const waits = await Promise.all(
      staff.slice(1, 7).map(async (email) => {
        const started = performance.now();
        await limiter.attempt(email, school, async () => ({ signedIn: true }));
        return performance.now() - started;
      }),
    );
    waits.sort((x, y) => x - y);
    expect(waits[2]).toBeGreaterThanOrEqual(LIMITS.accountDelayMaxMs * 0.9);
    expect(waits[5]).toBeLessThan(LIMITS.delayMaxMs);
    // The spray goes on too, slowed the same way: admitted, so it is told only that the password is wrong.
    expect((await signInFrom(school, 'staff-next@northstar.example', 'Summer2026!')).outcome).toBe('UNAUTHENTICATED');

    // (b) The account it guessed at from there is refused, before any password is checked.
    const refused = await signInFrom(school, target, 'guess-next');
    expect(refused.outcome).toBe('TOO_MANY_REQUESTS');
    expect(refused.extensions).toMatchObject({ category: 'TOO_MANY_REQUESTS' });
    expect(refused.message).toMatch(
      /^Too many failed sign-ins for this account from your network\. Try again after \d\d:\d\d \(in 15 minutes\), or sign in from another network/,
    );
    expect(refused.extensions!.retryAfterSeconds).toBeGreaterThan(800);
    // That pair cannot be told from the account's owner at the school, so the right password from there is refused too ...
    expect((await signInFrom(school, target, DEMO_PASSWORD)).outcome).toBe('TOO_MANY_REQUESTS');
    // (c) ... while from another address the owner signs in, waiting the account-wide delay at most.
    const elsewhere = await signInFrom('198.51.100.100', target, DEMO_PASSWORD);
    expect(elsewhere.outcome).toBe('SIGNED_IN');
    expect(elsewhere.ms).toBeLessThan(LIMITS.delayMaxMs);
  });
});
