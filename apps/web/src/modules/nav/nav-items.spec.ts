import { navFor, NavItem } from './nav-items';

const items: NavItem[] = [
  { path: 'schools', label: 'Schools', roles: 'ALL' },
  { path: 'queue', label: 'Queue', roles: ['TECHNICIAN', 'IT_DIRECTOR'] },
  { path: 'board', label: 'Board', roles: ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR'] },
];

describe('navFor', () => {
  it.each([
    { title: 'a director sees every page meant for them', input: 'IT_DIRECTOR' as const, expected: ['schools', 'queue', 'board'] },
    { title: 'a technician sees the queue but not the board', input: 'TECHNICIAN' as const, expected: ['schools', 'queue'] },
    { title: 'a teacher sees only the shared pages', input: 'STAFF' as const, expected: ['schools'] },
  ])('$title', ({ input, expected }) => {
    expect(navFor(input, items).map((i) => i.path)).toEqual(expected);
  });
});
