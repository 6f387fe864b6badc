import { dayStatus, eventsOn, schoolWeek } from './week';

describe('schoolWeek', () => {
  it.each([
    {
      title: 'a Wednesday gives its own Monday to Friday',
      input: '2026-11-25T12:00:00Z',
      expected: ['2026-11-23', '2026-11-27'],
    },
    {
      title: 'a Saturday looks at the week ahead',
      input: '2026-11-28T12:00:00Z',
      expected: ['2026-11-30', '2026-12-04'],
    },
    {
      title: 'a Sunday looks at the week ahead',
      input: '2026-11-29T12:00:00Z',
      expected: ['2026-11-30', '2026-12-04'],
    },
    {
      title: 'late Sunday evening UTC is already Monday in London in summer',
      input: '2026-06-28T23:30:00Z',
      expected: ['2026-06-29', '2026-07-03'],
    },
  ])('$title', ({ input, expected }) => {
    const week = schoolWeek(new Date(input));
    expect([week[0].date, week[4].date]).toEqual(expected);
    expect(week.map((d) => d.label.slice(0, 3))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
  });
});

describe('dayStatus', () => {
  const term = { kind: 'TERM', title: 'Autumn term', startsOn: '2026-09-02', endsOn: '2026-12-18' };
  const inset = { kind: 'INSET', title: 'INSET day', startsOn: '2026-11-27', endsOn: '2026-11-27' };
  it.each([
    { title: 'an ordinary term day', input: '2026-11-25', expected: 'Term' },
    { title: 'an INSET day beats term', input: '2026-11-27', expected: 'INSET' },
    { title: 'a day in no event is a holiday', input: '2026-12-21', expected: 'Holiday' },
  ])('$title', ({ input, expected }) => {
    expect(dayStatus(eventsOn([term, inset], input))).toBe(expected);
  });
});
