import { calendarRange } from './calendar-range';

describe('calendarRange', () => {
  const cases: {
    title: string;
    input: { from: string | null; to: string | null; today: string };
    expected: { from: string; to: string } | RegExp;
  }[] = [
    {
      title: 'gives the academic year that began this August when nothing is asked, from 1 August',
      input: { from: null, to: null, today: '2026-08-01' },
      expected: { from: '2026-08-01', to: '2027-08-31' },
    },
    {
      title: 'gives the academic year that began last August in the spring',
      input: { from: null, to: null, today: '2027-03-15' },
      expected: { from: '2026-08-01', to: '2027-08-31' },
    },
    {
      title: 'still counts 31 July in the year that is ending',
      input: { from: null, to: null, today: '2027-07-31' },
      expected: { from: '2026-08-01', to: '2027-08-31' },
    },
    {
      title: 'reads one date alone as that day',
      input: { from: '2026-12-21', to: null, today: '2026-10-01' },
      expected: { from: '2026-12-21', to: '2026-12-21' },
    },
    {
      title: 'reads an end date alone as that day',
      input: { from: null, to: '2026-12-28', today: '2026-10-01' },
      expected: { from: '2026-12-28', to: '2026-12-28' },
    },
    {
      title: 'keeps a range as asked',
      input: { from: '2026-12-21', to: '2026-12-28', today: '2026-10-01' },
      expected: { from: '2026-12-21', to: '2026-12-28' },
    },
    {
      title: 'allows exactly 800 days',
      input: { from: '2026-01-01', to: '2028-03-11', today: '2026-10-01' },
      expected: { from: '2026-01-01', to: '2028-03-11' },
    },
    {
      title: 'refuses an end before the start',
      input: { from: '2026-12-01', to: '2026-11-01', today: '2026-10-01' },
      expected: /^"to" must be on or after "from"$/,
    },
    {
      title: 'refuses 801 days',
      input: { from: '2026-01-01', to: '2028-03-12', today: '2026-10-01' },
      expected: /^Ask for at most 800 days at a time$/,
    },
  ];

  it.each(cases)('$title', ({ input, expected }) => {
    const range = () => calendarRange(input.from, input.to, input.today);
    if (expected instanceof RegExp) {
      expect(range).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'to' } }));
      expect(range).toThrow(expected);
    } else {
      expect(range()).toEqual(expected);
    }
  });
});
