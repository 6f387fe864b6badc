import { academicYearCalendar } from '@trustops/school-calendar';
import { defaultYear, defaultYears, PatternEvent } from './default-calendar';

const ev = (schoolId: string, kind: PatternEvent['kind'], startsOn: string, title = kind): PatternEvent => ({
  schoolId,
  kind,
  title,
  startsOn,
  endsOn: startsOn,
});

describe('defaultYears', () => {
  it.each([
    { title: 'in October: this academic year and the next', input: '2026-10-14', expected: [2026, 2027] },
    { title: 'in March: the year that started last September', input: '2027-03-01', expected: [2026, 2027] },
    { title: 'from 1 August: the year starting that September', input: '2027-08-01', expected: [2027, 2028] },
  ])('$title', ({ input, expected }) => {
    expect(defaultYears(input)).toEqual(expected);
  });
});

describe('defaultYear', () => {
  const a = [ev('a', 'TERM', '2026-09-02'), ev('a', 'HALF_TERM', '2026-10-26')];
  const b = [ev('b', 'TERM', '2026-09-03'), ev('b', 'HALF_TERM', '2026-10-26'), ev('b', 'INSET', '2026-09-01')];
  const cases: {
    title: string;
    input: PatternEvent[];
    expected: { source: string; schoolId?: string; kinds: string[] };
  }[] = [
    {
      title: 'copies the school with the most term-pattern events, whole',
      input: [...a, ...b],
      expected: { source: 'school', schoolId: 'b', kinds: ['INSET', 'TERM', 'HALF_TERM'] },
    },
    {
      title: 'breaks a tie by the lowest school id, so the answer is stable',
      input: [...b.map((e) => ({ ...e, schoolId: 'c' })), ...b],
      expected: { source: 'school', schoolId: 'b', kinds: ['INSET', 'TERM', 'HALF_TERM'] },
    },
    {
      title: "leaves out exam windows, closures and freezes, and counts only the pattern's kinds",
      input: [
        ...a,
        ev('x', 'TERM', '2026-09-02'),
        ev('x', 'EXAM_WINDOW', '2027-05-10'),
        ev('x', 'CLOSURE', '2026-12-24'),
        ev('x', 'FREEZE', '2027-01-05'),
      ],
      expected: { source: 'school', schoolId: 'a', kinds: ['TERM', 'HALF_TERM'] },
    },
    {
      title: 'passes over a school with no term that year (an INSET day alone is no pattern)',
      input: [ev('a', 'INSET', '2026-09-01'), ev('a', 'INSET', '2026-09-02'), ev('b', 'TERM', '2026-09-03')],
      expected: { source: 'school', schoolId: 'b', kinds: ['TERM'] },
    },
    {
      title: 'ignores events of another academic year',
      input: [ev('a', 'TERM', '2027-09-01'), ev('a', 'TERM', '2026-07-20')],
      expected: { source: 'rules', kinds: [] },
    },
    { title: 'uses the rules when the trust has no other school', input: [], expected: { source: 'rules', kinds: [] } },
  ];

  it.each(cases)('$title', ({ input, expected }) => {
    const year = defaultYear(2026, input);
    expect(year.source).toBe(expected.source);
    if (year.source === 'school') {
      expect(year.schoolId).toBe(expected.schoolId);
      expect(year.events.map((e) => e.kind)).toEqual(expected.kinds);
      expect(year.events[0]).not.toHaveProperty('schoolId');
    } else {
      const rules = academicYearCalendar(2026).filter((e) => ['TERM', 'HALF_TERM', 'INSET'].includes(e.kind));
      expect(year.events).toEqual(rules);
      expect(year.events.filter((e) => e.kind === 'TERM')).toHaveLength(3);
    }
  });
});
