import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { TrustEntity } from './trust.entity';

@Injectable()
export class TrustsRepository {
  constructor(private readonly db: TenantDb) {}

  /** The caller's own trust: RLS shows no other, so another trust's id finds nothing. */
  byId(id: string): Promise<TrustEntity | null> {
    return this.db.repo(TrustEntity).findOneBy({ id });
  }
}
