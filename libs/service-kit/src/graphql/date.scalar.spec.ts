import { DateScalar } from './date.scalar';

describe('Date scalar', () => {
  it.each([
    { title: 'an ordinary date', input: '2026-11-25', expected: '2026-11-25' },
    { title: 'a leap day in a leap year', input: '2028-02-29', expected: '2028-02-29' },
  ])('accepts $title', ({ input, expected }) => {
    expect(DateScalar.parseValue(input)).toBe(expected);
  });

  it.each([
    { title: 'a day that does not exist', input: '2026-02-30' },
    { title: 'a date with a time', input: '2026-11-25T10:00:00Z' },
    { title: 'a number', input: 20261125 },
    { title: 'a British-order date', input: '25/11/2026' },
  ])('rejects $title with a message saying the format', ({ input }) => {
    expect(() => DateScalar.parseValue(input)).toThrow(/YYYY-MM-DD/);
  });
});
