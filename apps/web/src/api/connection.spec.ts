import { isRetryable, retryDelay } from './connection';

describe('connection', () => {
  it.each([
    { title: 'a dropped network', code: 'NETWORK', expected: true },
    { title: 'a restarting service', code: 'SERVICE_UNAVAILABLE', expected: true },
    { title: 'a refusal a person must act on', code: 'BAD_USER_INPUT', expected: false },
    { title: 'a real fault', code: 'INTERNAL_SERVER_ERROR', expected: false },
  ])('retries $title by itself: $expected', ({ code, expected }) => {
    expect(isRetryable(code)).toBe(expected);
  });

  it('backs off from about a second to at most about ten', () => {
    expect(retryDelay(0, () => 0.5)).toBe(1000);
    expect(retryDelay(2, () => 0.5)).toBe(4000);
    expect(retryDelay(9, () => 1)).toBe(12_500);
    expect(retryDelay(9, () => 0)).toBe(7500);
  });
});
