import type { Role } from '../session/graphql/session.graphql';

export interface NavItem {
  path: string;
  label: string;
  roles: Role[] | 'ALL';
}

/** One line per page; a page appears in the menu only for the roles that may use it. */
export const NAV_ITEMS: NavItem[] = [
  { path: 'board', label: 'Board', roles: ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR'] },
  { path: 'queue', label: 'Queue', roles: ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'] },
  { path: 'requests', label: 'My requests', roles: ['STAFF', 'EXECUTIVE', 'TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'] },
  { path: 'tech', label: 'Tech requests', roles: ['STAFF', 'EXECUTIVE', 'TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'] },
  { path: 'changes', label: 'Changes', roles: ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR', 'STAFF', 'EXECUTIVE'] },
  { path: 'incidents', label: 'Incidents', roles: ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR', 'EXECUTIVE', 'REVIEWER'] },
  { path: 'reviews', label: 'Reviews', roles: ['GOVERNOR', 'EXECUTIVE', 'IT_DIRECTOR'] },
  {
    path: 'roadmap',
    label: 'Roadmap',
    roles: ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR', 'ENGINEER', 'TECHNICIAN', 'STAFF'],
  },
  { path: 'standards', label: 'Standards', roles: ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR', 'ENGINEER'] },
  { path: 'risks', label: 'Risks', roles: ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR', 'ENGINEER'] },
  { path: 'settings', label: 'Desk settings', roles: ['IT_DIRECTOR', 'ENGINEER'] },
  { path: 'schools', label: 'Schools', roles: 'ALL' },
];

export const navFor = (role: Role, items: NavItem[] = NAV_ITEMS) =>
  items.filter((item) => item.roles === 'ALL' || item.roles.includes(role));
