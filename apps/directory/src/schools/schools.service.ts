import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, OutboxService, text } from '@trustops/service-kit';
import { SchoolEntity, SiteEntity } from './school.entity';
import { schoolNotFound } from './schools.errors';
import { SchoolsRepository } from './schools.repository';
import { UpdateSchoolInput } from './schools.types';

type SchoolChanges = Partial<Pick<SchoolEntity, 'name' | 'urn' | 'phase' | 'localAuthority'>>;

@Injectable()
export class SchoolsService {
  constructor(
    private readonly schools: SchoolsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The caller's trust only (RLS); a school-scoped member sees their schools. */
  list(actor: Actor): Promise<SchoolEntity[]> {
    return this.schools.list(actor.schoolIds);
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

  async update(actor: Actor, id: string, input: UpdateSchoolInput): Promise<SchoolEntity> {
    // Checked before the school is looked up, so bad input is answered the same for any id.
    const changes = schoolChanges(input);
    const school = await this.require(actor, id);
    const before = { ...school };
    Object.assign(school, changes);
    await this.schools.save(school);
    await this.audit.record({ entity: 'school', entityId: id, action: 'updated', before, after: school });
    await this.outbox.add('school.updated', { schoolId: id, name: school.name, phase: school.phase, changes });
    return school;
  }
}

/** The fields given (a missing or null one stays as it is), checked and trimmed. */
function schoolChanges(input: UpdateSchoolInput): SchoolChanges {
  const changes: SchoolChanges = {};
  if (input.name != null) changes.name = text('name', input.name, 'name');
  if (input.urn != null) {
    if (!/^\d{6}$/.test(input.urn)) throw badInput('A DfE URN is 6 digits, e.g. 148201', { field: 'urn' });
    changes.urn = input.urn;
  }
  if (input.phase != null) changes.phase = input.phase;
  if (input.localAuthority != null) changes.localAuthority = text('localAuthority', input.localAuthority, 'name');
  return changes;
}
