import { tooManySignInFailures } from './auth.errors';

describe('tooManySignInFailures', () => {
  const cases: { title: string; input: { retryAfterMs: number; now: string }; expected: RegExp }[] = [
    {
      title: 'says when, in London time, and how long (British Summer Time)',
      input: { retryAfterMs: 15 * 60_000, now: '2026-10-05T08:30:00Z' },
      expected: /Try again after 09:45 \(in 15 minutes\), or sign in from another network/,
    },
    {
      title: 'says when, in London time, in winter',
      input: { retryAfterMs: 15 * 60_000, now: '2026-12-07T08:30:00Z' },
      expected: /Try again after 08:45 \(in 15 minutes\)/,
    },
    {
      title: 'rounds a part minute up, and says "1 minute" for less than one',
      input: { retryAfterMs: 20_000, now: '2026-12-07T08:30:00Z' },
      expected: /Try again after 08:30 \(in 1 minute\)/,
    },
  ];

  it.each(cases)('$title', ({ input, expected }) => {
    const refusal = tooManySignInFailures(input.retryAfterMs, new Date(input.now));
    expect(refusal).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      category: 'TOO_MANY_REQUESTS',
      details: { retryAfterSeconds: Math.ceil(input.retryAfterMs / 1000) },
    });
    expect(refusal.message).toMatch(expected);
    expect(refusal.message).toMatch(/^Too many failed sign-ins for this account from your network\./);
  });
});
