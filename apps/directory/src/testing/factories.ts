import { NORTHSTAR } from '@trustops/demo-data';
import type { Actor } from '@trustops/service-kit';
import { factory, gql, GraphQLResponse, ok } from '@trustops/testing';
import { CalendarEventEntity } from '../calendar/calendar-event.entity';
import { SchoolEntity } from '../schools/school.entity';
import { MembershipView } from '../users/memberships.repository';
import { User } from '../users/users.types';

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString().padStart(3, '0')}-${n.toString().padStart(12, '0')}`;

// Pure data for unit tests: each says only what its test is about.

export const makeActor = factory<Actor>((n) => ({
  userId: uuid(1, n),
  trustId: NORTHSTAR.id,
  role: 'IT_DIRECTOR',
  schoolIds: null,
}));

export const makeUser = factory<User>((n) => ({
  id: uuid(2, n),
  email: `member${n}@northstar.example`,
  displayName: `Member ${n}`,
}));

export const makeMembership = factory<MembershipView>((n) => ({
  trust: { id: uuid(3, n), name: `Trust ${n}`, code: `T${n}` },
  role: 'IT_DIRECTOR',
  schoolIds: null,
  tokensValidFrom: null,
}));

export const makeSchool = factory<SchoolEntity>((n) => ({
  id: uuid(4, n),
  trustId: NORTHSTAR.id,
  name: `School ${n}`,
  urn: String(100000 + n),
  phase: 'PRIMARY',
  localAuthority: 'Leeds',
  closedAt: null,
}));

export const makeCalendarEvent = factory<CalendarEventEntity>((n) => ({
  id: uuid(5, n),
  trustId: NORTHSTAR.id,
  schoolId: null,
  kind: 'CLOSURE',
  title: `Closure ${n}`,
  startsOn: '2027-01-12',
  endsOn: '2027-01-12',
}));

// Through the API, for integration tests.

/** Calls a running directory as the holder of one token. */
export type CallAs = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

export const callAs =
  (url: string, token: string): CallAs =>
  (query, variables = {}) =>
    gql(url, query, variables, token);

export interface AddCalendarEventVariables {
  schoolId: string | null;
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

/** The input of addCalendarEvent: a one-day closure at Oakfield unless told otherwise. */
export const makeCalendarEventInput = factory<AddCalendarEventVariables>((n) => ({
  schoolId: NORTHSTAR.schools[0].id,
  kind: 'CLOSURE',
  title: `Boiler failure ${n}`,
  startsOn: '2027-01-12',
  endsOn: '2027-01-12',
}));

export const ADD_CALENDAR_EVENT = `mutation ($input: AddCalendarEventInput!) {
  addCalendarEvent(input: $input) { id schoolId kind title startsOn endsOn } }`;

/** Adds a calendar event as `as` and returns it; fails the test, naming the codes, if it is refused. */
export async function newCalendarEvent(
  as: CallAs,
  overrides: Partial<AddCalendarEventVariables> = {},
): Promise<AddCalendarEventVariables & { id: string }> {
  return ok(await as(ADD_CALENDAR_EVENT, { input: makeCalendarEventInput(overrides) })).addCalendarEvent;
}

export interface AddSchoolVariables {
  name: string;
  urn: string;
  phase: string;
  localAuthority: string;
  sites?: string[] | null;
}

/** The input of addSchool: a primary in Leeds with a URN no demo school has, unless told otherwise. */
export const makeAddSchoolInput = factory<AddSchoolVariables>((n) => ({
  name: `Meadow Lane Primary ${n}`,
  urn: String(170000 + n),
  phase: 'PRIMARY',
  localAuthority: 'Leeds',
}));

export const SCHOOL_FIELDS = 'id name urn phase localAuthority closedAt sites { name }';

export const ADD_SCHOOL = `mutation ($input: AddSchoolInput!) { addSchool(input: $input) { ${SCHOOL_FIELDS} } }`;

export const CLOSE_SCHOOL = `mutation ($id: ID!) { closeSchool(schoolId: $id) { ${SCHOOL_FIELDS} } }`;

export interface SchoolView extends Omit<AddSchoolVariables, 'sites'> {
  id: string;
  closedAt: string | null;
  sites: { name: string }[];
}

/** Adds a school as `as` and returns it; fails the test, naming the codes, if it is refused. */
export async function newSchool(as: CallAs, overrides: Partial<AddSchoolVariables> = {}): Promise<SchoolView> {
  return ok(await as(ADD_SCHOOL, { input: makeAddSchoolInput(overrides) })).addSchool;
}

export interface InviteMemberVariables {
  email: string;
  displayName: string;
  role: string;
  schoolIds?: string[] | null;
  educatorLead?: boolean;
}

/** The input of inviteMember: a technician for every school, at an address nobody has, unless told otherwise. */
export const makeInviteInput = factory<InviteMemberVariables>((n) => ({
  email: `new.person${n}.${Date.now()}@northstar.example`,
  displayName: `New Person ${n}`,
  role: 'TECHNICIAN',
}));

export const MEMBER_FIELDS = 'id userId invitationId email displayName role schoolIds educatorLead status expiresAt';

export const INVITE_MEMBER = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { ${MEMBER_FIELDS} } }`;

export const ACCEPT_INVITATION = `mutation ($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) { accessToken role trust { id name } user { id email displayName } } }`;

export const MEMBERS = `query ($first: Int, $after: String, $filter: MemberFilter) {
  members(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${MEMBER_FIELDS} } } } }`;

export interface MemberView extends Required<Omit<InviteMemberVariables, 'schoolIds'>> {
  id: string;
  userId: string | null;
  invitationId: string | null;
  schoolIds: string[] | null;
  status: string;
  expiresAt: string | null;
}

/** Invites someone as `as` and returns the INVITED member; fails the test, naming the codes, if refused. */
export async function newInvitation(as: CallAs, overrides: Partial<InviteMemberVariables> = {}): Promise<MemberView> {
  return ok(await as(INVITE_MEMBER, { input: makeInviteInput(overrides) })).inviteMember;
}
