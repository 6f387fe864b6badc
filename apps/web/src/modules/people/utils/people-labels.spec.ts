import { memberFilterOf, NO_CHOICE, scopeLabel, statusLabel } from './people-labels';

const schools = [
  { id: 'a', name: 'Oakfield Primary School' },
  { id: 'b', name: 'Beech Hill Primary School' },
];
const now = new Date('2026-12-07T12:00:00Z');

describe('scopeLabel', () => {
  it.each([
    { title: 'every school for no scope', input: null, expected: 'Every school' },
    { title: "one school's name", input: ['a'], expected: 'Oakfield Primary School' },
    { title: 'a count for several', input: ['a', 'b'], expected: '2 schools' },
  ])('$title', ({ input, expected }) => expect(scopeLabel(input, schools)).toBe(expected));
});

describe('statusLabel', () => {
  it.each([
    { title: 'active', input: { status: 'ACTIVE', expiresAt: null }, expected: 'Active' },
    { title: 'suspended', input: { status: 'SUSPENDED', expiresAt: null }, expected: 'Suspended' },
    {
      title: 'an invitation with the day its link stops',
      input: { status: 'INVITED', expiresAt: '2026-12-14T12:00:00Z' },
      expected: 'Invited · link works until 14 Dec',
    },
    {
      title: 'an invitation past its day',
      input: { status: 'INVITED', expiresAt: '2026-12-01T12:00:00Z' },
      expected: 'Invitation expired',
    },
  ] as const)('$title', ({ input, expected }) => expect(statusLabel(input as never, now)).toBe(expected));
});

describe('memberFilterOf', () => {
  it('leaves out what was not chosen and trims the words', () => {
    expect(memberFilterOf(NO_CHOICE)).toEqual({});
    expect(memberFilterOf({ text: ' fox ', role: 'TECHNICIAN', schoolId: 'a', status: 'INVITED' })).toEqual({
      text: 'fox',
      role: 'TECHNICIAN',
      schoolId: 'a',
      status: 'INVITED',
    });
  });
});
