import { mayGrant, MembershipChange, refuseMembershipChange } from './member-rules';

const director = { userId: 'd1', role: 'IT_DIRECTOR' as const };
const tech = { userId: 't1', role: 'TECHNICIAN' as const, status: 'ACTIVE' as const };
const otherDirector = { userId: 'd2', role: 'IT_DIRECTOR' as const, status: 'ACTIVE' as const };

const cases: { title: string; input: MembershipChange; expected: string | null }[] = [
  {
    title: 'lets a director make a technician an engineer',
    input: { actor: director, before: tech, after: { ...tech, role: 'ENGINEER' }, activeDirectors: 1 },
    expected: null,
  },
  {
    title: 'refuses a director changing their own role',
    input: {
      actor: director,
      before: { ...director, status: 'ACTIVE' },
      after: { ...director, role: 'STAFF', status: 'ACTIVE' },
      activeDirectors: 2,
    },
    expected: 'MEMBER_SELF_CHANGE',
  },
  {
    title: 'refuses suspending the only active director',
    input: {
      actor: director,
      before: otherDirector,
      after: { ...otherDirector, status: 'SUSPENDED' },
      activeDirectors: 1,
    },
    expected: 'LAST_DIRECTOR',
  },
  {
    title: 'lets one of two directors be made an engineer',
    input: {
      actor: director,
      before: otherDirector,
      after: { ...otherDirector, role: 'ENGINEER' },
      activeDirectors: 2,
    },
    expected: null,
  },
  {
    title: 'refuses an engineer making someone IT director',
    input: {
      actor: { userId: 'e1', role: 'ENGINEER' },
      before: tech,
      after: { ...tech, role: 'IT_DIRECTOR' },
      activeDirectors: 1,
    },
    expected: 'ROLE_NOT_GRANTABLE',
  },
  {
    title: 'lets a suspended technician be restored',
    input: { actor: director, before: { ...tech, status: 'SUSPENDED' }, after: tech, activeDirectors: 1 },
    expected: null,
  },
];

describe('refuseMembershipChange', () => {
  it.each(cases)('$title', ({ input, expected }) => {
    expect(refuseMembershipChange(input)?.code ?? null).toBe(expected);
  });
});

describe('mayGrant', () => {
  it('lets only a director grant director', () => {
    expect(mayGrant('IT_DIRECTOR', 'IT_DIRECTOR')).toBe(true);
    expect(mayGrant('ENGINEER', 'IT_DIRECTOR')).toBe(false);
    expect(mayGrant('ENGINEER', 'TECHNICIAN')).toBe(true);
  });
});
