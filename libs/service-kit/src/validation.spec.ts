import { checkDateRange, isUuid } from './validation';

describe('validation', () => {
  it.each([
    ['2e1f0c7a-3b7d-4c64-9a0e-1f2b3c4d5e6f', true],
    ['not-a-uuid', false],
    ['', false],
    [undefined, false],
  ] as const)('isUuid(%s) is %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });

  it.each([
    { from: '2026-09-01', to: '2026-11-25', max: 366, ok: true },
    { from: '2026-11-25', to: '2026-09-01', max: 366, ok: false },
    { from: '2025-01-01', to: '2026-11-25', max: 366, ok: false },
  ])('checkDateRange $from..$to within $max days: $ok', ({ from, to, max, ok }) => {
    if (ok) expect(() => checkDateRange(from, to, max, 'a year')).not.toThrow();
    else
      expect(() => checkDateRange(from, to, max, 'a year')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
  });
});
