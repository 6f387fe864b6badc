import { FixedClock, SystemClock } from './clock';

describe('clocks', () => {
  it('holds a fixed time still until moved', () => {
    const clock = new FixedClock('2026-12-01T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-12-01T09:00:00.000Z');
    clock.advance(90);
    expect(clock.now().toISOString()).toBe('2026-12-01T10:30:00.000Z');
    clock.set('2027-01-04T08:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-04T08:00:00.000Z');
  });

  it('hands out copies, so a caller cannot move the clock by mutating a date', () => {
    const clock = new FixedClock('2026-12-01T09:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it('tells the system time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
