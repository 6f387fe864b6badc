import type { Role } from './roles';

export interface SchoolUpdated {
  schoolId: string;
  name: string;
  phase: string;
  changes: Record<string, unknown>;
}
/** The whole new school, so a consumer's copy needs no call back to directory. */
export interface SchoolAdded {
  schoolId: string;
  name: string;
  urn: string;
  phase: string;
  localAuthority: string;
}
/** A closed school keeps its history everywhere; consumers stop offering it for new work. */
export interface SchoolClosed {
  schoolId: string;
  /** ISO 8601 timestamp. */
  closedAt: string;
}
/** Carries the whole calendar event (kind, title, dates), so a consumer's copy needs no call back to directory. */
export interface CalendarChanged {
  schoolId: string | null;
  eventId: string;
  action: 'added' | 'removed';
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

/**
 * A membership as it now is (joined, changed, suspended, restored): the whole record, so every service's copy of
 * members needs no call back to directory. Nobody is deleted: a leaver is SUSPENDED.
 */
export interface MembershipChanged {
  userId: string;
  displayName: string;
  /** Where notifications reach them (absent on events written before it was carried). */
  email?: string;
  role: Role;
  /** null: every school of the trust. */
  schoolIds: string[] | null;
  educatorLead: boolean;
  status: 'ACTIVE' | 'SUSPENDED';
  /** ISO time: tokens issued before it are refused (signed out everywhere, password changed). Absent: none. */
  tokensValidFrom?: string | null;
}

/**
 * A person's own details changed (name, a confirmed new email): sent once per trust they belong to, so each
 * trust's copies follow. Their memberships are unchanged.
 */
export interface UserUpdated {
  userId: string;
  displayName: string;
  email: string;
}

/** A new trust: services that number or name things per trust (ticket numbers, the board) set it up. */
export interface TrustCreated {
  code: string;
  name: string;
}

export interface DirectoryEvents {
  'trust.created': TrustCreated;
  'membership.changed': MembershipChanged;
  'user.updated': UserUpdated;
  'school.added': SchoolAdded;
  'school.closed': SchoolClosed;
  'school.updated': SchoolUpdated;
  'calendar.changed': CalendarChanged;
}
