import { academicYearCalendar, easterSunday, englandBankHolidays } from './academic-year';
import { isWeekend } from './dates';

describe('englandBankHolidays', () => {
  it.each([
    {
      title: '2026 (Boxing Day on a Saturday moves to Monday 28th)',
      input: 2026,
      expected: [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-28',
      ],
    },
    {
      title: '2027 (Christmas on a Saturday: 27th and 28th)',
      input: 2027,
      expected: [
        '2027-01-01',
        '2027-03-26',
        '2027-03-29',
        '2027-05-03',
        '2027-05-31',
        '2027-08-30',
        '2027-12-27',
        '2027-12-28',
      ],
    },
    {
      title: '2022 (New Year on a Saturday moves to Monday 3rd)',
      input: 2022,
      expected: [
        '2022-01-03',
        '2022-04-15',
        '2022-04-18',
        '2022-05-02',
        '2022-05-30',
        '2022-08-29',
        '2022-12-26',
        '2022-12-27',
      ],
    },
  ])('$title', ({ input, expected }) => {
    expect(englandBankHolidays(input).map((e) => e.startsOn)).toEqual(expected);
  });

  it.each([
    { title: '2024', input: 2024, expected: '2024-03-31' },
    { title: '2025', input: 2025, expected: '2025-04-20' },
    { title: '2026', input: 2026, expected: '2026-04-05' },
    { title: '2027', input: 2027, expected: '2027-03-28' },
  ])('Easter Sunday $title', ({ input, expected }) => {
    expect(easterSunday(input)).toBe(expected);
  });
});

describe('academicYearCalendar', () => {
  const year = academicYearCalendar(2026, { secondary: true });
  const of = (kind: string) => year.filter((e) => e.kind === kind).map((e) => [e.startsOn, e.endsOn]);

  it('has three terms and three half terms', () => {
    expect(of('TERM')).toEqual([
      ['2026-09-02', '2026-12-18'],
      ['2027-01-04', '2027-03-26'],
      ['2027-04-12', '2027-07-21'],
    ]);
    expect(of('HALF_TERM')).toEqual([
      ['2026-10-26', '2026-10-30'],
      ['2027-02-15', '2027-02-19'],
      ['2027-05-31', '2027-06-04'],
    ]);
  });

  it('has five INSET days on weekdays inside terms', () => {
    const inset = year.filter((e) => e.kind === 'INSET').map((e) => e.startsOn);
    expect(inset).toHaveLength(5);
    for (const day of inset) {
      expect(isWeekend(day)).toBe(false);
      expect(of('TERM').some(([from, to]) => from <= day && day <= to)).toBe(true);
    }
  });

  it('has an exam window only for a secondary school', () => {
    expect(of('EXAM_WINDOW')).toEqual([['2027-05-10', '2027-06-25']]);
    expect(academicYearCalendar(2026).some((e) => e.kind === 'EXAM_WINDOW')).toBe(false);
  });

  it('holds the bank holidays of that September to August only', () => {
    expect(of('BANK_HOLIDAY').map(([d]) => d)).toEqual([
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
    ]);
  });
});
