import { consumersOf } from './routes';

describe('consumersOf', () => {
  const routes = { reporting: ['ticket', 'incident.opened'], desk: ['calendar.changed'] };
  const cases = [
    { title: 'matches a whole family by prefix', input: 'ticket.raised', expected: ['reporting'] },
    { title: 'matches an exact type', input: 'incident.opened', expected: ['reporting'] },
    { title: 'does not match a longer word that shares the prefix', input: 'tickets.raised', expected: [] },
    { title: 'fans out to nobody when unrouted', input: 'school.updated', expected: [] },
    { title: 'finds a second consumer', input: 'calendar.changed', expected: ['desk'] },
  ];
  it.each(cases)('$title', ({ input, expected }) => {
    expect(consumersOf(input, routes)).toEqual(expected);
  });
});
