import { renewalDelay } from './session-door';

describe('renewalDelay', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');

  it('renews a minute before the access token expires', () => {
    expect(renewalDelay('2026-12-07T10:15:00Z', now)).toBe(14 * 60_000);
  });

  it('waits at least five seconds, even for a token about to expire', () => {
    expect(renewalDelay('2026-12-07T10:00:30Z', now)).toBe(5_000);
    expect(renewalDelay('2026-12-07T09:00:00Z', now)).toBe(5_000);
  });
});
