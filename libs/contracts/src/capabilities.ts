import type { Role } from './roles';

const IT_TEAM = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'] as const;
/** Everyone who asks the IT team for things: staff, the IT team itself and the executive. */
const MEMBERS = ['STAFF', ...IT_TEAM, 'EXECUTIVE'] as const;
const LEADERS = ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR'] as const;
const SENIOR_IT = ['ENGINEER', 'IT_DIRECTOR'] as const;
const ROADMAP_READERS = ['IT_DIRECTOR', 'EXECUTIVE', 'GOVERNOR', 'ENGINEER'] as const;
const INCIDENT_READERS = [...IT_TEAM, 'EXECUTIVE', 'REVIEWER'] as const;

/**
 * Who may do what, written once: resolvers guard with `@Can(...)`, services ask `can(role, ...)`, and the
 * dashboard's navigation shows only what the signed-in role may open. A role gains a power here or nowhere.
 */
export const CAPABILITIES = {
  /** Raise tickets, follow and rate one's own, read the knowledge base. */
  USE_DESK: MEMBERS,
  /** Work the queue: assign, link, internal notes, every ticket of one's schools; assets and articles. */
  WORK_TICKETS: IT_TEAM,
  MANAGE_ROUTING: SENIOR_IT,
  SEE_SLA_TARGETS: [...IT_TEAM, 'EXECUTIVE'],
  SEE_ENABLEMENT: ['IT_DIRECTOR', 'ENGINEER', 'EXECUTIVE', 'GOVERNOR'],
  SEE_CHANGES: MEMBERS,
  MAKE_CHANGES: IT_TEAM,
  APPROVE_CHANGES: SENIOR_IT,
  /** Medium- and high-risk changes need the IT director's approval. */
  APPROVE_RISKY_CHANGES: ['IT_DIRECTOR'],
  CONSENT_TO_CHANGES: ['STAFF', 'EXECUTIVE'],
  SEE_INCIDENTS: INCIDENT_READERS,
  WORK_INCIDENTS: IT_TEAM,
  /** Choose the independent reviewer of an incident, and override a review action's owner. */
  ASSIGN_REVIEWERS: ['IT_DIRECTOR'],
  /** Publishing is further limited by the service to the incident's assigned, independent reviewer. */
  PUBLISH_REVIEWS: INCIDENT_READERS,
  COMPLETE_REVIEW_ACTIONS: [...INCIDENT_READERS, 'GOVERNOR', 'STAFF'],
  SEE_PUBLISHED_REVIEWS: LEADERS,
  RAISE_TECH_REQUESTS: MEMBERS,
  DECIDE_TECH_REQUESTS: SENIOR_IT,
  DECIDE_APPEALS: ['EXECUTIVE'],
  SEE_APPROVED_APPS: [...MEMBERS, 'GOVERNOR'],
  SEE_ROADMAP_SUMMARY: [...ROADMAP_READERS, 'TECHNICIAN', 'STAFF'],
  READ_ROADMAP: ROADMAP_READERS,
  EDIT_ROADMAP: ['IT_DIRECTOR', 'EXECUTIVE'],
  ASSESS_STANDARDS: SENIOR_IT,
  PLAN_REFRESH: SENIOR_IT,
  SEE_BOARD: LEADERS,
  /** Schools, calendars, SLA targets, report schedules, the audit log: the trust's own settings. */
  ADMINISTER_TRUST: ['IT_DIRECTOR'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/** The roles that hold `capability`. */
export const rolesWith = (capability: Capability): readonly Role[] => CAPABILITIES[capability];

/** Whether `role` holds `capability` (false for no role at all). */
export const can = (role: Role | string | null | undefined, capability: Capability): boolean =>
  !!role && (CAPABILITIES[capability] as readonly string[]).includes(role);
