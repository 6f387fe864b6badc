import { choiceOf, queueSearch, searchOf, ticketFilter } from './queue-filter';

const none = { view: 'open', schoolId: '', priority: '', kind: '', text: '' };

describe('ticketFilter', () => {
  it.each([
    { title: 'open tickets by default', choice: none, expected: { status: ['NEW', 'OPEN', 'WAITING'] } },
    {
      title: 'mine adds the assignee',
      choice: { ...none, view: 'mine' },
      expected: { status: ['NEW', 'OPEN', 'WAITING'], assigneeId: 'me' },
    },
    {
      title: 'breached adds the SLA state',
      choice: { ...none, view: 'breached' },
      expected: { status: ['NEW', 'OPEN', 'WAITING'], slaState: ['BREACHED'] },
    },
    {
      title: 'resolved and closed',
      choice: { ...none, view: 'resolved' },
      expected: { status: ['RESOLVED', 'CLOSED'] },
    },
    {
      title: 'school, priority, kind and trimmed words',
      choice: { ...none, schoolId: 's1', priority: 'P1', kind: 'FAULT', text: ' wifi ' },
      expected: {
        status: ['NEW', 'OPEN', 'WAITING'],
        schoolIds: ['s1'],
        priority: ['P1'],
        kind: ['FAULT'],
        text: 'wifi',
      },
    },
    {
      title: 'blank words are no filter',
      choice: { ...none, text: '   ' },
      expected: { status: ['NEW', 'OPEN', 'WAITING'] },
    },
  ])('$title', ({ choice, expected }) => {
    expect(ticketFilter(choice, 'me')).toEqual(expected);
  });
});

describe('queueSearch', () => {
  it.each([
    { title: 'an empty URL is the default queue', input: {}, expected: {} },
    {
      title: 'known values are kept',
      input: { view: 'mine', school: 's1', priority: 'P2', kind: 'FAULT', q: 'wifi', sort: 'NEWEST', after: 'c1' },
      expected: { view: 'mine', school: 's1', priority: 'P2', kind: 'FAULT', q: 'wifi', sort: 'NEWEST', after: 'c1' },
    },
    {
      title: 'unknown values are dropped, not failed on',
      input: { view: 'everything', priority: 'P9', kind: 'NOPE', sort: 'OLDEST', extra: 'x' },
      expected: {},
    },
    { title: 'words the URL parser read as a number stay words', input: { q: 404 }, expected: { q: '404' } },
  ])('$title', ({ input, expected }) => {
    expect(queueSearch(input)).toEqual(expected);
  });

  it('round-trips a choice through the URL, leaving defaults out', () => {
    const choice = { ...none, view: 'breached', schoolId: 's1', text: 'projector' };
    expect(searchOf(choice, 'DUE_SOONEST')).toEqual({ view: 'breached', school: 's1', q: 'projector' });
    expect(choiceOf(searchOf(choice, 'NEWEST'))).toEqual(choice);
    expect(searchOf(none, 'DUE_SOONEST')).toEqual({});
  });
});
