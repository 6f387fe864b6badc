import { reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('doubles from 3 s up to a minute, with a quarter either way of jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => reconnectDelay(n, 0.5))).toEqual([
      3000, 6000, 12_000, 24_000, 48_000, 60_000, 60_000,
    ]);
    expect(reconnectDelay(0, 0)).toBe(2250);
    expect(reconnectDelay(0, 1)).toBe(3750);
  });
});
