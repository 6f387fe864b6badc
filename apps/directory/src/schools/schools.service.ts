import { Injectable } from '@nestjs/common';
import { SchoolAdded, SchoolClosed, SchoolUpdated } from '@trustops/contracts';
import { Actor, AuditService, badInput, Clock, OutboxService, text } from '@trustops/service-kit';
import { SchoolEntity, SiteEntity } from './school.entity';
import { schoolAlreadyClosed, schoolNotFound, schoolUrnTaken } from './schools.errors';
import { NewSchool, SchoolsRepository } from './schools.repository';
import { AddSchoolInput, UpdateSchoolInput } from './schools.types';

type SchoolChanges = Partial<Pick<SchoolEntity, 'name' | 'urn' | 'phase' | 'localAuthority'>>;

/** A school and its sites as first written, for the audit row. */
export interface AddedSchool {
  school: SchoolEntity;
  sites: SiteEntity[];
}

@Injectable()
export class SchoolsService {
  constructor(
    private readonly schools: SchoolsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** The caller's trust only (RLS); a school-scoped member sees their schools; closed ones only when asked. */
  list(actor: Actor, includeClosed = false): Promise<SchoolEntity[]> {
    return this.schools.list(actor.schoolIds, includeClosed);
  }

  async get(actor: Actor, id: string): Promise<SchoolEntity | null> {
    if (actor.schoolIds && !actor.schoolIds.includes(id)) return null;
    return this.schools.byId(id);
  }

  async require(actor: Actor, id: string): Promise<SchoolEntity> {
    const school = await this.get(actor, id);
    if (!school) throw schoolNotFound(id);
    return school;
  }

  /** For federation: another service holds only the id; RLS still limits it to the caller's trust. */
  byId(id: string): Promise<SchoolEntity | null> {
    return this.schools.byId(id);
  }

  sites(schoolId: string): Promise<SiteEntity[]> {
    return this.schools.sites(schoolId);
  }

  /** Lands in the caller's trust: trust_id comes from the request's transaction, never from the input. */
  async add(input: AddSchoolInput): Promise<AddedSchool> {
    const fields = newSchool(input);
    const siteNames = siteNamesOf(input.sites);
    await this.refuseTakenUrn(fields.urn, null);
    const school = await this.schools.add(fields);
    if (!school) throw schoolUrnTaken(fields.urn, null);
    const sites = siteNames.length ? await this.schools.addSites(school.id, siteNames) : [];
    await this.audit.record({
      entity: 'school',
      entityId: school.id,
      action: 'added',
      after: { ...school, sites: sites.map((s) => s.name) },
    });
    await this.outbox.add('school.added', {
      schoolId: school.id,
      name: school.name,
      urn: school.urn,
      phase: school.phase,
      localAuthority: school.localAuthority,
    } satisfies SchoolAdded);
    return { school, sites };
  }

  async update(actor: Actor, id: string, input: UpdateSchoolInput): Promise<SchoolEntity> {
    // Checked before the school is looked up, so bad input is answered the same for any id.
    const changes = schoolChanges(input);
    const school = await this.require(actor, id);
    if (changes.urn && changes.urn !== school.urn) await this.refuseTakenUrn(changes.urn, id);
    const before = { ...school };
    Object.assign(school, changes);
    if (!(await this.schools.save(school))) throw schoolUrnTaken(school.urn, null);
    await this.audit.record({ entity: 'school', entityId: id, action: 'updated', before, after: school });
    await this.outbox.add('school.updated', {
      schoolId: id,
      name: school.name,
      phase: school.phase,
      changes,
    } satisfies SchoolUpdated);
    return school;
  }

  /** Closing keeps every row that names the school: tickets, changes, audit and calendar stay as they are. */
  async close(actor: Actor, id: string): Promise<SchoolEntity> {
    const school = await this.require(actor, id);
    if (school.closedAt) throw schoolAlreadyClosed(id, school.closedAt);
    const before = { ...school };
    school.closedAt = this.clock.now();
    await this.schools.save(school);
    await this.audit.record({ entity: 'school', entityId: id, action: 'closed', before, after: school });
    await this.outbox.add('school.closed', {
      schoolId: id,
      closedAt: school.closedAt.toISOString(),
    } satisfies SchoolClosed);
    return school;
  }

  private async refuseTakenUrn(urn: string, exceptId: string | null): Promise<void> {
    const holder = await this.schools.byUrn(urn);
    if (holder && holder.id !== exceptId) throw schoolUrnTaken(urn, holder.name);
  }
}

const URN = /^\d{6}$/;
const urnOf = (urn: string): string => {
  if (!URN.test(urn)) throw badInput('A DfE URN is 6 digits, e.g. 148201', { field: 'urn' });
  return urn;
};

function newSchool(input: AddSchoolInput): NewSchool {
  return {
    name: text('name', input.name, 'name'),
    urn: urnOf(input.urn),
    phase: input.phase,
    localAuthority: text('localAuthority', input.localAuthority, 'name'),
  };
}

/** Trimmed site names, each checked as a name; the same name twice is one site. */
function siteNamesOf(sites: string[] | null | undefined): string[] {
  const names = (sites ?? []).map((name, i) => text(`sites.${i}`, name, 'name'));
  return [...new Set(names)];
}

/** The fields given (a missing or null one stays as it is), checked and trimmed. */
function schoolChanges(input: UpdateSchoolInput): SchoolChanges {
  const changes: SchoolChanges = {};
  if (input.name != null) changes.name = text('name', input.name, 'name');
  if (input.urn != null) changes.urn = urnOf(input.urn);
  if (input.phase != null) changes.phase = input.phase;
  if (input.localAuthority != null) changes.localAuthority = text('localAuthority', input.localAuthority, 'name');
  return changes;
}
