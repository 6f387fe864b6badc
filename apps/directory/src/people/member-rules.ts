import type { Role } from '@trustops/contracts';
import { PeopleError, peopleErrors } from './people.errors';

export type MemberStatus = 'ACTIVE' | 'SUSPENDED';

export interface MemberState {
  userId: string;
  role: Role;
  status: MemberStatus;
}

export interface MembershipChange {
  /** Who acts, and with what role in this trust. */
  actor: { userId: string; role: Role };
  before: MemberState;
  after: MemberState;
  /** Active IT directors of the trust now, the target included when they are one. */
  activeDirectors: number;
}

const isActiveDirector = (m: MemberState) => m.role === 'IT_DIRECTOR' && m.status === 'ACTIVE';

/**
 * Whether a change of someone's membership (role, scope, suspension) may go ahead: the refusal when not, else null.
 * Nobody changes themselves (a director cannot lock themselves out, or raise their own role); only an IT director
 * makes an IT director; and the trust always keeps one active IT director, so somebody can still administer it.
 */
export function refuseMembershipChange({
  actor,
  before,
  after,
  activeDirectors,
}: MembershipChange): PeopleError | null {
  if (actor.userId === before.userId)
    return peopleErrors.error(
      'MEMBER_SELF_CHANGE',
      'You cannot change or suspend your own membership; ask another IT director of the trust',
      { userId: before.userId },
    );
  if (after.role === 'IT_DIRECTOR' && before.role !== 'IT_DIRECTOR' && actor.role !== 'IT_DIRECTOR')
    return peopleErrors.error('ROLE_NOT_GRANTABLE', 'Only an IT director can make someone IT director', {
      field: 'role',
    });
  if (isActiveDirector(before) && !isActiveDirector(after) && activeDirectors <= 1)
    return peopleErrors.error(
      'LAST_DIRECTOR',
      'They are the trust’s only active IT director; make someone else IT director first',
      { userId: before.userId },
    );
  return null;
}

/** The roles `inviter` may give in an invitation: everything, except IT director unless they are one. */
export const mayGrant = (inviter: Role, role: Role): boolean => role !== 'IT_DIRECTOR' || inviter === 'IT_DIRECTOR';
