import { checkRange, mondayOf, percent, weeksEnding } from './board-rules';

describe('board rules', () => {
  it.each([
    { from: '2026-09-01', to: '2026-11-25', ok: true },
    { from: '2026-11-25', to: '2026-09-01', ok: false },
    { from: '2023-01-01', to: '2026-11-25', ok: false },
  ])('range $from..$to ok: $ok', ({ from, to, ok }) => {
    if (ok) expect(() => checkRange(from, to)).not.toThrow();
    else expect(() => checkRange(from, to)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it.each([
    [3, 4, 75],
    [2, 3, 66.7],
    [0, 0, null],
    [0, 5, 0],
  ] as const)('percent(%i, %i) = %s', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });

  it('finds Mondays and the twelve weeks up to a date', () => {
    expect(mondayOf('2026-11-25')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    const weeks = weeksEnding('2026-11-25');
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe('2026-11-23');
    expect(weeks[0]).toBe('2026-09-07');
  });
});
