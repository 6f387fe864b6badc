import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { In } from 'typeorm';
import { SchoolEntity, SiteEntity } from './school.entity';

/** Schools and their sites, of the caller's trust only (RLS). */
@Injectable()
export class SchoolsRepository {
  constructor(private readonly db: TenantDb) {}

  /** By name; only the schools `ids` names when given. */
  list(ids: string[] | null): Promise<SchoolEntity[]> {
    const where = ids ? { id: In(ids) } : {};
    return this.db.repo(SchoolEntity).find({ where, order: { name: 'ASC' } });
  }

  byId(id: string): Promise<SchoolEntity | null> {
    return this.db.repo(SchoolEntity).findOneBy({ id });
  }

  sites(schoolId: string): Promise<SiteEntity[]> {
    return this.db.repo(SiteEntity).find({ where: { schoolId }, order: { name: 'ASC' } });
  }

  save(school: SchoolEntity): Promise<SchoolEntity> {
    return this.db.repo(SchoolEntity).save(school);
  }
}
