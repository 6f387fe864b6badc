import { School, User } from '@trustops/directory-copies';

export { School, User };

export const ref = (id: string | null | undefined) => (id ? { id } : null);

/** Anyone who may use change management at all (reviewers see incidents only; governors published reviews). */
export const MEMBERS = ['STAFF', 'TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR', 'EXECUTIVE'] as const;
export const IT_TEAM = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'] as const;
