import { navFor, NavItem } from './nav-items';

const items: NavItem[] = [
  { path: 'schools', label: 'Schools', roles: 'ALL' },
  { path: 'queue', label: 'Queue', roles: ['TECHNICIAN', 'IT_DIRECTOR'] },
  { path: 'board', label: 'Board', roles: ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR'] },
];

describe('navFor', () => {
  it.each([
    {
      title: 'a director sees every page meant for them',
      input: 'IT_DIRECTOR' as const,
      expected: ['schools', 'queue', 'board'],
    },
    {
      title: 'a technician sees the queue but not the board',
      input: 'TECHNICIAN' as const,
      expected: ['schools', 'queue'],
    },
    { title: 'a teacher sees only the shared pages', input: 'STAFF' as const, expected: ['schools'] },
  ])('$title', ({ input, expected }) => {
    expect(navFor(input, items).map((i) => i.path)).toEqual(expected);
  });
});

describe('the real menu', () => {
  it.each([
    {
      title: 'a technician works the queue, changes and incidents',
      input: 'TECHNICIAN' as const,
      expected: ['queue', 'requests', 'tech', 'changes', 'incidents', 'roadmap', 'schools'],
    },
    {
      title: 'a teacher raises requests and consents to changes',
      input: 'STAFF' as const,
      expected: ['requests', 'tech', 'changes', 'roadmap', 'schools'],
    },
    {
      title: 'a governor reads published reviews',
      input: 'GOVERNOR' as const,
      expected: ['board', 'reviews', 'roadmap', 'standards', 'risks', 'schools'],
    },
    { title: 'a reviewer sees incidents only', input: 'REVIEWER' as const, expected: ['incidents', 'schools'] },
  ])('$title', ({ input, expected }) => {
    expect(navFor(input).map((i) => i.path)).toEqual(expected);
  });
});
