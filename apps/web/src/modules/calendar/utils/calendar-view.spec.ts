import {
  addedSummary,
  addTargets,
  dateSpan,
  groupByMonth,
  ListedEvent,
  mergeEvents,
  schoolsToRead,
} from './calendar-view';

const event = (id: string, startsOn: string, endsOn = startsOn, schoolId: string | null = 'a'): ListedEvent => ({
  id,
  kind: 'INSET',
  title: `Event ${id}`,
  startsOn,
  endsOn,
  schoolId,
});

describe('mergeEvents', () => {
  it('lists a trust-wide event that every school answers with once, in date order', () => {
    const trustWide = event('t', '2026-03-02', '2026-03-02', null);
    const merged = mergeEvents([
      [event('b', '2026-04-10'), trustWide],
      [trustWide, event('a', '2026-01-05')],
    ]);
    expect(merged.map((e) => e.id)).toEqual(['a', 't', 'b']);
  });
});

describe('groupByMonth', () => {
  it('groups events under the month they start in, with its name', () => {
    const groups = groupByMonth([
      event('a', '2026-03-02'),
      event('b', '2026-03-30', '2026-04-02'),
      event('c', '2026-04-20'),
    ]);
    expect(groups.map((g) => [g.label, g.events.map((e) => e.id)])).toEqual([
      ['March 2026', ['a', 'b']],
      ['April 2026', ['c']],
    ]);
  });
});

describe('dateSpan', () => {
  it.each([
    { title: 'one day is one date', from: '2026-03-02', to: '2026-03-02', expected: 'Mon 2 Mar 2026' },
    {
      title: 'a window shows both inclusive ends',
      from: '2026-05-11',
      to: '2026-06-19',
      expected: 'Mon 11 May 2026 – Fri 19 Jun 2026',
    },
  ])('$title', ({ from, to, expected }) => {
    expect(dateSpan(from, to)).toBe(expected);
  });
});

describe('where a view reads and where new events go', () => {
  it('reads every school for the whole trust, and adds one trust-wide event', () => {
    const scope = { wholeTrust: true, schoolIds: ['a'] };
    expect(schoolsToRead(scope, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(addTargets(scope)).toEqual([null]);
  });

  it('reads and adds for the chosen schools only, one event each', () => {
    const scope = { wholeTrust: false, schoolIds: ['a', 'c'] };
    expect(schoolsToRead(scope, ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(addTargets(scope)).toEqual(['a', 'c']);
  });
});

describe('addedSummary', () => {
  it.each([
    { title: 'a trust-wide event', added: 1, asked: [null], expected: 'Added for the whole trust.' },
    { title: 'one school', added: 1, asked: ['a'], expected: 'Added to 1 school.' },
    { title: 'several schools', added: 3, asked: ['a', 'b', 'c'], expected: 'Added to 3 schools.' },
    {
      title: 'a stop part way says how many went in',
      added: 2,
      asked: ['a', 'b', 'c'],
      expected: 'Added to 2 of 3 schools; the rest were not added.',
    },
  ])('$title', ({ added, asked, expected }) => {
    expect(addedSummary(added, asked)).toBe(expected);
  });
});
