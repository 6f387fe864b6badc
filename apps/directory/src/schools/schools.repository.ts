import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { FindOptionsWhere, In, IsNull, QueryFailedError } from 'typeorm';
import { SchoolEntity, SiteEntity } from './school.entity';

export type NewSchool = Pick<SchoolEntity, 'name' | 'urn' | 'phase' | 'localAuthority'>;

/** The unique (trust_id, urn) constraint of the initial migration, named by PostgreSQL's default. */
const URN_CONSTRAINT = 'school_trust_id_urn_key';

/** Schools and their sites, of the caller's trust only (RLS). */
@Injectable()
export class SchoolsRepository {
  constructor(private readonly db: TenantDb) {}

  /** By name; only the schools `ids` names when given; open ones only unless `includeClosed`. */
  list(ids: string[] | null, includeClosed = false): Promise<SchoolEntity[]> {
    const where: FindOptionsWhere<SchoolEntity> = {};
    if (ids) where.id = In(ids);
    if (!includeClosed) where.closedAt = IsNull();
    return this.db.repo(SchoolEntity).find({ where, order: { name: 'ASC' } });
  }

  byId(id: string): Promise<SchoolEntity | null> {
    return this.db.repo(SchoolEntity).findOneBy({ id });
  }

  /** The school of the trust holding `urn`, open or closed (a closed school keeps its URN). */
  byUrn(urn: string): Promise<SchoolEntity | null> {
    return this.db.repo(SchoolEntity).findOneBy({ urn });
  }

  sites(schoolId: string): Promise<SiteEntity[]> {
    return this.db.repo(SiteEntity).find({ where: { schoolId }, order: { name: 'ASC' } });
  }

  /** Null when the trust already has a school with that URN (a concurrent add got there first). */
  async add(school: NewSchool): Promise<SchoolEntity | null> {
    const repo = this.db.repo(SchoolEntity);
    return urnUnique(() => repo.save(repo.create({ ...school, closedAt: null })));
  }

  async addSites(schoolId: string, names: string[]): Promise<SiteEntity[]> {
    const repo = this.db.repo(SiteEntity);
    return repo.save(names.map((name) => repo.create({ schoolId, name })));
  }

  /** Null when another school of the trust already has the URN being saved. */
  save(school: SchoolEntity): Promise<SchoolEntity | null> {
    return urnUnique(() => this.db.repo(SchoolEntity).save(school));
  }
}

async function urnUnique<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    const driver =
      error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
    if (driver.code === '23505' && driver.constraint === URN_CONSTRAINT) return null;
    throw error;
  }
}
