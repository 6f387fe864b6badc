import { Injectable } from '@nestjs/common';
import { Actor, AuditService, OutboxService, TenantDb } from '@trustops/service-kit';
import { In } from 'typeorm';
import { SchoolEntity, SiteEntity } from './school.entity';
import { checkSchoolChanges, schoolNotFound } from './schools.errors';
import { UpdateSchoolInput } from './schools.types';

@Injectable()
export class SchoolsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The caller's trust only (RLS); a school-scoped member sees their schools. */
  list(actor: Actor): Promise<SchoolEntity[]> {
    const where = actor.schoolIds ? { id: In(actor.schoolIds) } : {};
    return this.db.repo(SchoolEntity).find({ where, order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<SchoolEntity | null> {
    if (actor.schoolIds && !actor.schoolIds.includes(id)) return null;
    return this.db.repo(SchoolEntity).findOneBy({ id });
  }

  async require(actor: Actor, id: string): Promise<SchoolEntity> {
    const school = await this.get(actor, id);
    if (!school) throw schoolNotFound(id);
    return school;
  }

  /** For federation: another service holds only the id; RLS still limits it to the caller's trust. */
  byId(id: string): Promise<SchoolEntity | null> {
    return this.db.repo(SchoolEntity).findOneBy({ id });
  }

  sites(schoolId: string): Promise<SiteEntity[]> {
    return this.db.repo(SiteEntity).find({ where: { schoolId }, order: { name: 'ASC' } });
  }

  async update(actor: Actor, id: string, input: UpdateSchoolInput): Promise<SchoolEntity> {
    checkSchoolChanges(input);
    const school = await this.require(actor, id);
    const before = { ...school };
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    Object.assign(school, changes);
    await this.db.repo(SchoolEntity).save(school);
    await this.audit.record({ entity: 'school', entityId: id, action: 'updated', before, after: school });
    await this.outbox.add('school.updated', { schoolId: id, name: school.name, phase: school.phase, changes });
    return school;
  }
}
