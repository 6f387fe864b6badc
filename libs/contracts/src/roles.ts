/** The roles a member of a trust holds (one per membership). What each may do is in capabilities.ts. */
export const ROLES = ['IT_DIRECTOR', 'TECHNICIAN', 'ENGINEER', 'EXECUTIVE', 'STAFF', 'GOVERNOR', 'REVIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** How the dashboard names each role. */
export const ROLE_LABELS: Record<Role, string> = {
  STAFF: 'Staff',
  TECHNICIAN: 'Technician',
  ENGINEER: 'Engineer',
  IT_DIRECTOR: 'IT director',
  EXECUTIVE: 'Executive',
  GOVERNOR: 'Governor',
  REVIEWER: 'Independent reviewer',
};
