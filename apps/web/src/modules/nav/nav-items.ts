import { can, type Capability, type Role } from '@trustops/contracts';

/** The pages of the main menu (each is also a route: `/${path}`). */
export type NavPath =
  | 'board'
  | 'queue'
  | 'requests'
  | 'tech'
  | 'changes'
  | 'incidents'
  | 'reviews'
  | 'roadmap'
  | 'standards'
  | 'risks'
  | 'settings'
  | 'calendar'
  | 'admin/schools'
  | 'admin/people'
  | 'admin/integrations'
  | 'schools';

export interface NavItem {
  path: NavPath;
  label: string;
  /** What the signed-in role must be able to do to open the page; 'ALL' for everyone signed in. */
  capability: Capability | 'ALL';
}

/** One line per page, in menu order; a page appears only for the roles holding its capability (libs/contracts). */
export const NAV_ITEMS: NavItem[] = [
  { path: 'board', label: 'Board', capability: 'SEE_BOARD' },
  { path: 'queue', label: 'Queue', capability: 'WORK_TICKETS' },
  { path: 'requests', label: 'My requests', capability: 'USE_DESK' },
  { path: 'tech', label: 'Tech requests', capability: 'RAISE_TECH_REQUESTS' },
  { path: 'changes', label: 'Changes', capability: 'SEE_CHANGES' },
  { path: 'incidents', label: 'Incidents', capability: 'SEE_INCIDENTS' },
  { path: 'reviews', label: 'Reviews', capability: 'SEE_PUBLISHED_REVIEWS' },
  { path: 'roadmap', label: 'Roadmap', capability: 'SEE_ROADMAP_SUMMARY' },
  // Standards and risks are read by the roadmap's readers (the strategy service guards them so).
  { path: 'standards', label: 'Standards', capability: 'READ_ROADMAP' },
  { path: 'risks', label: 'Risks', capability: 'READ_ROADMAP' },
  { path: 'settings', label: 'Desk settings', capability: 'MANAGE_ROUTING' },
  // Trust administration: the IT director's. "School admin", not "Schools …": the shared list keeps its own name.
  { path: 'calendar', label: 'Calendars', capability: 'ADMINISTER_TRUST' },
  { path: 'admin/schools', label: 'School admin', capability: 'ADMINISTER_TRUST' },
  { path: 'admin/people', label: 'People', capability: 'ADMINISTER_TRUST' },
  { path: 'admin/integrations', label: 'Integrations', capability: 'ADMINISTER_TRUST' },
  { path: 'schools', label: 'Schools', capability: 'ALL' },
];

export const mayOpen = (role: Role | null | undefined, capability: Capability | 'ALL') =>
  !!role && (capability === 'ALL' || can(role, capability));

export const navFor = (role: Role, items: NavItem[] = NAV_ITEMS) =>
  items.filter((item) => mayOpen(role, item.capability));

/** Where a role lands after signing in, and when it opens a page it may not use: the first page of its menu. */
export const homeFor = (role: Role): NavPath => navFor(role)[0]?.path ?? 'schools';
