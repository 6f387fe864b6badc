import { ticketFilter } from './queue-filter';

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
