import { ROLE_LABELS, type Role } from '@trustops/contracts';
import type { MemberFilter, MemberRowFragment } from '../../../gql/graphql';

export const ROLE_OPTIONS = (Object.entries(ROLE_LABELS) as [Role, string][]).map(([value, label]) => ({
  value,
  label,
}));

export const roleLabel = (role: string): string => ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role;

/** "Every school", the one school's name, or how many. */
export function scopeLabel(schoolIds: string[] | null | undefined, schools: { id: string; name: string }[]): string {
  if (!schoolIds) return 'Every school';
  if (schoolIds.length === 1) return schools.find((s) => s.id === schoolIds[0])?.name ?? '1 school';
  return `${schoolIds.length} schools`;
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'Europe/London' });

/** What a row's status says: an invitation tells when its link stops working, or that it has. */
export function statusLabel(member: Pick<MemberRowFragment, 'status' | 'expiresAt'>, now: Date): string {
  if (member.status === 'ACTIVE') return 'Active';
  if (member.status === 'SUSPENDED') return 'Suspended';
  const expires = member.expiresAt ? new Date(member.expiresAt as string) : null;
  if (expires && expires <= now) return 'Invitation expired';
  return expires ? `Invited · link works until ${day.format(expires)}` : 'Invited';
}

export interface PeopleChoice {
  text: string;
  role: string;
  schoolId: string;
  status: string;
}

export const NO_CHOICE: PeopleChoice = { text: '', role: '', schoolId: '', status: '' };

/** The filter the API takes: empty choices left out. */
export function memberFilterOf(choice: PeopleChoice): MemberFilter {
  const filter: MemberFilter = {};
  if (choice.text.trim()) filter.text = choice.text.trim();
  if (choice.role) filter.role = choice.role as MemberFilter['role'];
  if (choice.schoolId) filter.schoolId = choice.schoolId;
  if (choice.status) filter.status = choice.status as MemberFilter['status'];
  return filter;
}
