import { homeFor, navFor, NavItem } from './nav-items';

const items: NavItem[] = [
  { path: 'schools', label: 'Schools', capability: 'ALL' },
  { path: 'queue', label: 'Queue', capability: 'WORK_TICKETS' },
  { path: 'board', label: 'Board', capability: 'SEE_BOARD' },
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
      title: 'a director also administers the trust: calendars and schools',
      input: 'IT_DIRECTOR' as const,
      expected: [
        'board',
        'queue',
        'requests',
        'tech',
        'changes',
        'incidents',
        'reviews',
        'roadmap',
        'standards',
        'risks',
        'settings',
        'calendar',
        'admin/schools',
        'admin/people',
        'admin/integrations',
        'schools',
      ],
    },
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

describe('homeFor', () => {
  it.each([
    { title: 'a director lands on the board', input: 'IT_DIRECTOR' as const, expected: 'board' },
    { title: 'a technician lands on the queue', input: 'TECHNICIAN' as const, expected: 'queue' },
    { title: 'a teacher lands on their requests', input: 'STAFF' as const, expected: 'requests' },
    { title: 'a reviewer lands on incidents', input: 'REVIEWER' as const, expected: 'incidents' },
  ])('$title', ({ input, expected }) => {
    expect(homeFor(input)).toBe(expected);
  });
});
