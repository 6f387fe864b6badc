import { Injectable } from '@nestjs/common';
import { MembershipChanged, Role, ROLES } from '@trustops/contracts';
import {
  Actor,
  AuditService,
  badInput,
  Clock,
  Connection,
  decodeCursor,
  isUuid,
  likeLiteral,
  optionalText,
  OutboxService,
  pageSize,
  toConnection,
} from '@trustops/service-kit';
import { schoolNotFound } from '../schools/schools.errors';
import { MemberStatus, refuseMembershipChange } from './member-rules';
import { memberAlreadySuspended, memberNotFound, memberNotSuspended } from './people.errors';
import { MembershipFields, PeopleFilter, PeopleRepository, PersonRow, PersonStatus } from './people.repository';
import { MemberFilter, UpdateMembershipInput } from './people.types';

const STATUSES: PersonStatus[] = ['ACTIVE', 'INVITED', 'SUSPENDED'];
const isCursor = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isUuid(v[1]);

/** The trust's people: who they are, what they may do, where; nobody is ever deleted. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async list(filter: MemberFilter | null | undefined, first: number | null | undefined, after: string | null) {
    const limit = pageSize(first, 200, 50);
    const where = peopleFilter(filter);
    const { rows, total } = await this.people.page(where, limit + 1, decodeCursor(after, isCursor));
    return toConnection(rows, limit, total, (r) => [r.sortName, r.id]) as Connection<PersonRow>;
  }

  /** The schools must be open schools of the trust; null is every school. */
  async checkScope(schoolIds: string[] | null | undefined): Promise<string[] | null> {
    if (schoolIds == null) return null;
    const ids = [...new Set(schoolIds)];
    if (!ids.length) throw badInput('Choose at least one school, or every school', { field: 'schoolIds' });
    const bad = ids.find((id) => !isUuid(id));
    if (bad || (await this.people.openSchools(ids)) !== ids.length) throw schoolNotFound(bad ?? ids.join(', '));
    return ids;
  }

  async update(actor: Actor, input: UpdateMembershipInput): Promise<PersonRow> {
    const role = input.role == null ? null : roleOf(input.role);
    const scope = input.allSchools ? null : input.schoolIds === undefined ? undefined : await this.scopeOf(input);
    const before = await this.requireMember(input.userId);
    const fields: MembershipFields = {
      role: role ?? before.role,
      schoolIds: scope === undefined ? before.schoolIds : scope,
      educatorLead: input.educatorLead ?? before.educatorLead,
    };
    await this.refuse(actor, before, fields.role, before.status as MemberStatus);
    await this.people.setMembership(before.userId!, fields, role !== null && role !== before.role);
    const after = { ...before, ...fields };
    await this.record(after, 'updated', before);
    return after;
  }

  async suspend(actor: Actor, userId: string): Promise<PersonRow> {
    const before = await this.requireMember(userId);
    if (before.status === 'SUSPENDED') throw memberAlreadySuspended(userId);
    await this.refuse(actor, before, before.role, 'SUSPENDED');
    return this.setStatus(before, 'SUSPENDED', 'suspended');
  }

  async restore(actor: Actor, userId: string): Promise<PersonRow> {
    const before = await this.requireMember(userId);
    if (before.status !== 'SUSPENDED') throw memberNotSuspended(userId);
    await this.refuse(actor, before, before.role, 'ACTIVE');
    return this.setStatus(before, 'ACTIVE', 'restored');
  }

  /** The audit row and `membership.changed` (the whole record, so every service's copy needs nothing else). */
  async record(member: PersonRow, action: string, before?: PersonRow): Promise<void> {
    const after = auditView(member);
    await this.audit.record({
      entity: 'membership',
      entityId: member.userId!,
      action,
      before: before && auditView(before),
      after,
    });
    await this.outbox.add('membership.changed', {
      userId: member.userId!,
      displayName: member.displayName,
      email: member.email,
      role: member.role,
      schoolIds: member.schoolIds,
      educatorLead: member.educatorLead,
      status: member.status as MemberStatus,
      tokensValidFrom: member.tokensValidFrom?.toISOString() ?? null,
    } satisfies MembershipChanged);
  }

  private async setStatus(before: PersonRow, status: MemberStatus, action: string): Promise<PersonRow> {
    await this.people.setStatus(before.userId!, status, this.clock.now());
    const after = { ...before, status };
    await this.record(after, action, before);
    return after;
  }

  private scopeOf(input: UpdateMembershipInput) {
    if (input.schoolIds === null) throw badInput('Choose schools, or set allSchools', { field: 'schoolIds' });
    return this.checkScope(input.schoolIds);
  }

  private async requireMember(userId: string): Promise<PersonRow> {
    if (!isUuid(userId)) throw memberNotFound(userId);
    await this.people.lockMemberships();
    const member = await this.people.member(userId);
    if (!member) throw memberNotFound(userId);
    return member;
  }

  private async refuse(actor: Actor, before: PersonRow, role: Role, status: MemberStatus): Promise<void> {
    const refusal = refuseMembershipChange({
      actor: { userId: actor.userId, role: actor.role as Role },
      before: { userId: before.userId!, role: before.role, status: before.status as MemberStatus },
      after: { userId: before.userId!, role, status },
      activeDirectors: await this.people.activeDirectors(),
    });
    if (refusal) throw refusal;
  }
}

export const roleOf = (role: string): Role => {
  if (!(ROLES as readonly string[]).includes(role)) throw badInput(`Unknown role ${role}`, { field: 'role' });
  return role as Role;
};

function peopleFilter(filter: MemberFilter | null | undefined): PeopleFilter {
  const words = optionalText('filter.text', filter?.text, 'search');
  const status = filter?.status ?? null;
  if (status && !STATUSES.includes(status as PersonStatus)) throw badInput('Unknown status', { field: 'status' });
  if (filter?.schoolId && !isUuid(filter.schoolId)) throw badInput('Not a school id', { field: 'schoolId' });
  return {
    pattern: words ? `%${likeLiteral(words.toLowerCase())}%` : null,
    role: filter?.role ? roleOf(filter.role) : null,
    schoolId: filter?.schoolId ?? null,
    status: status as PersonStatus | null,
  };
}

/** What the audit keeps of a membership: never a password or a token (there are none here to leak). */
const auditView = (m: PersonRow) => ({
  email: m.email,
  displayName: m.displayName,
  role: m.role,
  schoolIds: m.schoolIds,
  educatorLead: m.educatorLead,
  status: m.status,
  tokensValidFrom: m.tokensValidFrom,
});
