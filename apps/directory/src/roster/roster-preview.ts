import type { Role } from '@trustops/contracts';
import type { RosterFeed, RosterPerson } from './oneroster-csv';

/** TrustOps owns these roles: a sync never gives or takes them, nor changes the schools they cover. */
export const IT_ROLES: readonly Role[] = ['IT_DIRECTOR', 'TECHNICIAN', 'ENGINEER', 'REVIEWER'];
/** A run that would suspend more than this share of the trust's active members stops and asks. */
export const SUSPEND_CONFIRM_SHARE = 0.1;

export interface MemberNow {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  schoolIds: string[] | null;
  educatorLead: boolean;
  status: 'ACTIVE' | 'SUSPENDED';
  /** The MIS id the member was synced from; null for someone TrustOps alone knows. */
  misId: string | null;
  /** An IT director set the role by hand: the MIS no longer decides it. */
  roleSetByHand: boolean;
  /** The roster source that owns the member's MIS fields; null for someone TrustOps alone knows. */
  sourceId: string | null;
  /** When a sync first found them gone from the MIS; they are suspended once the grace period has passed. */
  misLeftAt: Date | null;
}

/** "An MIS role (OneRoster's teacher, principal, aide…) is this TrustOps role"; STAFF when none matches. */
export interface RoleRule {
  misRole: string;
  role: Role;
}

export interface RosterContext {
  schoolIdByUrn: Map<string, string>;
  members: MemberNow[];
  rules: RoleRule[];
  /** False for a feed known to be partial (a school's access withdrawn): nobody is suspended from it. */
  complete: boolean;
  sourceId: string;
  /** Lower-cased emails with a TrustOps account that is not a member here: a sync never joins them (invite them). */
  accountsElsewhere: Set<string>;
  now: Date;
  /** Days a leaver stays active after first missing from the MIS (0 suspends at once). */
  graceDays: number;
}

export interface Synced {
  misId: string;
  email: string;
  displayName: string;
  role: Role;
  schoolIds: string[] | null;
  educatorLead: boolean;
}
type Fields = Omit<Synced, 'misId' | 'email'>;

export interface RosterChange {
  userId: string;
  misId: string;
  email: string;
  before: Partial<Fields>;
  after: Partial<Fields>;
  /** They had gone from the MIS (within the grace period) and are back: they are no longer leaving. */
  back?: boolean;
}

export interface RosterConflict {
  kind:
    | 'INVALID_EMAIL'
    | 'UNKNOWN_SCHOOL'
    | 'SUSPENDED_BY_HAND'
    | 'TWO_PEOPLE_ONE_MEMBER'
    | 'OTHER_SOURCE'
    | 'IT_ROLE_LEAVER'
    | 'ACCOUNT_ELSEWHERE';
  misId: string;
  email: string;
  detail: string;
  /** UNKNOWN_SCHOOL: the school as the MIS names it, for the director to add to the trust if it should be. */
  school?: { name: string; urn: string };
}

export interface RosterPreview {
  add: Synced[];
  change: RosterChange[];
  /** Suspended leavers the MIS lists again (same MIS id): restored, with their history. */
  restore: RosterChange[];
  /** Gone from the MIS for the first time: marked, and suspended once the grace period ends. */
  leaving: (Leaver & { suspendsOn: string })[];
  /** Gone from the MIS for longer than the grace period. */
  suspend: Leaver[];
  conflicts: RosterConflict[];
  unchanged: number;
  /** An empty or partial feed suspends nobody (what it would have suspended is not listed). */
  suspendHeld: boolean;
  /** Active members when the preview was made. */
  active: number;
  /** Over 10% of the active members would be suspended or marked as leaving: the director must confirm. */
  needsConfirmation: boolean;
}

type Leaver = Pick<MemberNow, 'userId' | 'email' | 'displayName'>;
const DAY_MS = 86_400_000;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const HEADS = ['principal', 'headteacher'];

/**
 * What a sync would do, before it does anything: pure, so the same feed twice gives the same answer and an
 * applied run leaves nothing to do. The MIS owns name, schools and (unless TrustOps set it) the role; one person
 * at two schools is one member with two schools; pupils never reach here.
 */
export function previewRoster(feed: RosterFeed, ctx: RosterContext): RosterPreview {
  const preview: RosterPreview = {
    add: [],
    change: [],
    restore: [],
    leaving: [],
    suspend: [],
    conflicts: [],
    unchanged: 0,
    active: 0,
    suspendHeld: false,
    needsConfirmation: false,
  };
  const urnOf = new Map(feed.schools.map((s) => [s.sourcedId, s]));
  const ours = (m: MemberNow) => m.sourceId === ctx.sourceId && m.misId !== null;
  const byMisId = new Map(ctx.members.filter(ours).map((m) => [m.misId!, m]));
  const byEmail = new Map(ctx.members.map((m) => [m.email.toLowerCase(), m]));
  const seen = new Set<string>();
  for (const person of mergeByEmail(feed.people)) {
    const synced = syncedOf(person, urnOf, ctx, preview.conflicts);
    if (!synced) continue;
    const member = byMisId.get(person.misId) ?? byEmail.get(synced.email);
    if (!member) {
      // An account someone already has (another trust's member) joins a trust only by their own say: an invitation.
      if (ctx.accountsElsewhere.has(synced.email)) {
        const detail = `${synced.email} already has a TrustOps account: invite them from People (a sync adds only new people)`;
        preview.conflicts.push(conflict('ACCOUNT_ELSEWHERE', person, detail));
      } else preview.add.push(synced);
      continue;
    }
    if (seen.has(member.userId)) {
      preview.conflicts.push(conflict('TWO_PEOPLE_ONE_MEMBER', person, `${member.email} is matched twice`));
      continue;
    }
    seen.add(member.userId);
    if (member.sourceId && member.sourceId !== ctx.sourceId) {
      preview.conflicts.push(
        conflict('OTHER_SOURCE', person, `${member.email} is kept in step by another roster source`),
      );
      continue;
    }
    const byId = ours(member) && member.misId === person.misId;
    // Only someone the sync itself suspended (gone from the MIS) comes back by it; a suspension by hand stands.
    if (member.status === 'SUSPENDED' && (!byId || !member.misLeftAt)) {
      preview.conflicts.push(conflict('SUSPENDED_BY_HAND', person, `${member.email} was suspended in TrustOps`));
      continue;
    }
    const change = changeOf(member, synced);
    if (member.status === 'SUSPENDED') preview.restore.push(change);
    else if (Object.keys(change.after).length || !byId || change.back) preview.change.push(change);
    else preview.unchanged++;
  }
  preview.suspendHeld = !ctx.complete || !feed.people.length;
  if (!preview.suspendHeld) sortLeavers(ctx, seen, preview);
  const active = (preview.active = ctx.members.filter((m) => m.status === 'ACTIVE').length);
  const going = preview.suspend.length + preview.leaving.length;
  preview.needsConfirmation = going > active * SUSPEND_CONFIRM_SHARE;
  return preview;
}

/**
 * This source's active members the feed no longer lists: marked as leaving the first time, suspended once the
 * grace period has passed (already marked ones within it are unchanged). Someone holding an IT role is never
 * suspended by a sync: TrustOps owns that role, so the director is asked instead.
 */
function sortLeavers(ctx: RosterContext, seen: Set<string>, preview: RosterPreview): void {
  for (const m of ctx.members) {
    if (m.status !== 'ACTIVE' || m.sourceId !== ctx.sourceId || !m.misId || seen.has(m.userId)) continue;
    const leaver = { userId: m.userId, email: m.email, displayName: m.displayName };
    const left = m.misLeftAt ?? ctx.now;
    const suspendsOn = new Date(left.getTime() + ctx.graceDays * DAY_MS);
    if (IT_ROLES.includes(m.role)) {
      const detail = `${m.email} is no longer in the MIS but holds ${m.role}: suspend them by hand if they have left`;
      preview.conflicts.push({ kind: 'IT_ROLE_LEAVER', misId: m.misId, email: m.email, detail });
    } else if (suspendsOn <= ctx.now) preview.suspend.push(leaver);
    else if (!m.misLeftAt) preview.leaving.push({ ...leaver, suspendsOn: suspendsOn.toISOString().slice(0, 10) });
    else preview.unchanged++;
  }
}

/** One person per email: School Data Sync writes a row per school for someone who works at two. */
function mergeByEmail(people: RosterPerson[]): RosterPerson[] {
  const merged = new Map<string, RosterPerson>();
  for (const p of people) {
    const key = p.email || `#${p.misId}`;
    const first = merged.get(key);
    if (!first) merged.set(key, { ...p });
    else {
      first.schoolSourcedIds = [...new Set([...first.schoolSourcedIds, ...p.schoolSourcedIds])];
      first.misRoles = [...new Set([...first.misRoles, ...p.misRoles])];
    }
  }
  return [...merged.values()];
}

function syncedOf(
  p: RosterPerson,
  schools: Map<string, { urn: string; name: string }>,
  ctx: RosterContext,
  conflicts: RosterConflict[],
): Synced | null {
  if (!EMAIL.test(p.email)) {
    conflicts.push(conflict('INVALID_EMAIL', p, `"${p.email}" is not an email address (users.csv line ${p.line})`));
    return null;
  }
  const schoolIds: string[] = [];
  for (const sourcedId of p.schoolSourcedIds) {
    const school = schools.get(sourcedId);
    const id = school && ctx.schoolIdByUrn.get(school.urn);
    if (id) schoolIds.push(id);
    else
      conflicts.push({
        ...conflict(
          'UNKNOWN_SCHOOL',
          p,
          school ? `${school.name} (URN ${school.urn}) is not in the trust` : `${sourcedId} is not in orgs.csv`,
        ),
        ...(school ? { school: { name: school.name, urn: school.urn } } : {}),
      });
  }
  if (!schoolIds.length) return null;
  const rule = ctx.rules.find((r) => p.misRoles.includes(r.misRole.toLowerCase()));
  return {
    misId: p.misId,
    email: p.email,
    displayName: `${p.givenName} ${p.familyName}`.trim(),
    role: rule?.role ?? 'STAFF',
    schoolIds: [...new Set(schoolIds)].sort(),
    educatorLead: p.misRoles.some((r) => HEADS.includes(r)),
  };
}

/** The fields the MIS owns that differ; an IT role (or one set by hand) keeps its role and schools. */
function changeOf(member: MemberNow, synced: Synced): RosterChange {
  const it = IT_ROLES.includes(member.role);
  const target: Fields = {
    displayName: synced.displayName,
    role: it || member.roleSetByHand ? member.role : synced.role,
    schoolIds: it ? member.schoolIds : synced.schoolIds,
    // The MIS makes a headteacher an educator lead; one chosen in TrustOps (a deputy, say) stays one.
    educatorLead: member.educatorLead || (!it && synced.educatorLead),
  };
  const before: Partial<Fields> = {};
  const after: Partial<Fields> = {};
  for (const key of Object.keys(target) as (keyof Fields)[]) {
    if (!sameValue(member[key], target[key])) {
      (before as Record<string, unknown>)[key] = member[key];
      (after as Record<string, unknown>)[key] = target[key];
    }
  }
  const change: RosterChange = { userId: member.userId, misId: synced.misId, email: member.email, before, after };
  if (member.misLeftAt && member.status === 'ACTIVE') change.back = true;
  return change;
}

/** Two values of a member's field are the same; school lists compare as sets. */
export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
const comparable = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);

const conflict = (kind: RosterConflict['kind'], p: RosterPerson, detail: string): RosterConflict => ({
  kind,
  misId: p.misId,
  email: p.email,
  detail,
});
