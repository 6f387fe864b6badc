import { DEMO_PASSWORD, DEMO_USERS } from '@trustops/demo-data';
import { startDirectory, TestDirectory } from '../testing/start-directory';

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }';

// Small limits and delays so the behaviour shows in seconds; production defaults are in sign-in-limiter.ts.
// The gap between the two caps leaves room for a loaded machine's own slowness in the upper bounds below.
const LIMITS = { perAddress: 60, perEmail: 5, delayBaseMs: 50, delayMaxMs: 1000, accountDelayMaxMs: 100 };

interface Attempt { outcome: string; ms: number; message?: string; extensions?: Record<string, unknown> }

describe('sign-in limits', () => {
  let directory: TestDirectory;
  beforeAll(async () => {
    directory = await startDirectory({
      SIGNIN_LIMIT_PER_ADDRESS: String(LIMITS.perAddress), SIGNIN_LIMIT_PER_EMAIL: String(LIMITS.perEmail),
      SIGNIN_DELAY_BASE_MS: String(LIMITS.delayBaseMs), SIGNIN_DELAY_MAX_MS: String(LIMITS.delayMaxMs),
      SIGNIN_ACCOUNT_DELAY_MAX_MS: String(LIMITS.accountDelayMaxMs),
    });
  });
  afterAll(() => directory.stop());

  /** A sign-in as the gateway forwards it: the client's address in x-forwarded-for. */
  async function signInFrom(address: string, email: string, password: string): Promise<Attempt> {
    const started = performance.now();
    const response = await fetch(directory.url, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
    });
    const body = (await response.json()) as { data?: { signIn?: { accessToken: string } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    const [error] = body.errors ?? [];
    return { outcome: body.data?.signIn?.accessToken ? 'SIGNED_IN' : String(error?.extensions?.code), ms: performance.now() - started,
      message: error?.message, extensions: error?.extensions };
  }

  /** Runs `count` attempts, `width` at a time, in order of index. */
  async function inParallel(count: number, width: number, attempt: (i: number) => Promise<Attempt>): Promise<Attempt[]> {
    const results: Attempt[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: width }, async () => {
      while (next < count) { const i = next++; results[i] = await attempt(i); }
    }));
    return results;
  }

  const outcomes = (attempts: Attempt[]) => [...new Set(attempts.map((a) => a.outcome))];

  it('signs in 300 staff from one school address on a Monday morning, after a typo each, in under five minutes', async () => {
    const school = '198.51.100.10';
    const started = performance.now();
    const typos = await inParallel(DEMO_USERS.length, 1, (i) => signInFrom(school, DEMO_USERS[i].email, 'trustops-dmeo'));
    const signIns = await inParallel(300, 6, (i) => signInFrom(school, DEMO_USERS[i % DEMO_USERS.length].email, DEMO_PASSWORD));
    const seconds = (performance.now() - started) / 1000;
    expect(outcomes(typos)).toEqual(['UNAUTHENTICATED']);
    expect(signIns.filter((a) => a.outcome !== 'SIGNED_IN')).toEqual([]);
    expect(seconds).toBeLessThan(300);
  }, 300_000);

  it('slows a guesser at one account more and more, yet lets the owner in with the right password from elsewhere and from the guesser\'s address', async () => {
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

  it('refuses a password sprayer\'s address with TOO_MANY_REQUESTS once its failure budget is spent, saying when to try again; its sign-ins do not spend it', async () => {
    const sprayer = '198.51.100.99';
    const signIns = await inParallel(20, 4, (i) => signInFrom(sprayer, DEMO_USERS[i % DEMO_USERS.length].email, DEMO_PASSWORD));
    expect(outcomes(signIns)).toEqual(['SIGNED_IN']);
    const spray = await inParallel(LIMITS.perAddress, 4, (i) => signInFrom(sprayer, `staff${i}@northstar.example`, 'Summer2026!'));
    expect(outcomes(spray)).toEqual(['UNAUTHENTICATED']);

    const refused = await signInFrom(sprayer, 'staff-next@northstar.example', 'Summer2026!');
    expect(refused.outcome).toBe('TOO_MANY_REQUESTS');
    expect(refused.extensions).toMatchObject({ category: 'TOO_MANY_REQUESTS' });
    expect(refused.message).toMatch(/^Too many failed sign-ins from your network\. Try again after \d\d:\d\d \(in 15 minutes\)/);
    expect(refused.extensions!.retryAfterSeconds).toBeGreaterThan(800);
    // An address past its budget is refused before any password is checked, the right one included ...
    expect((await signInFrom(sprayer, 'ceo@northstar.example', DEMO_PASSWORD)).outcome).toBe('TOO_MANY_REQUESTS');
    // ... and no other address is.
    expect((await signInFrom('198.51.100.100', 'ceo@northstar.example', DEMO_PASSWORD)).outcome).toBe('SIGNED_IN');
  });
});
