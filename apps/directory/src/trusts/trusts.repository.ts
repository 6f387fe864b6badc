import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import { TrustEntity } from './trust.entity';

@Injectable()
export class TrustsRepository {
  constructor(private readonly db: TenantDb) {}

  /** The caller's own trust: RLS shows no other, so another trust's id finds nothing. */
  byId(id: string): Promise<TrustEntity | null> {
    return this.db.repo(TrustEntity).findOneBy({ id });
  }

  /** Written in the new trust's own transaction (its RLS scope is the new id). False when the code is taken. */
  async add(id: string, code: string, name: string): Promise<boolean> {
    const rows = await this.db
      .em()
      .query('INSERT INTO directory.trust (id, code, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id', [
        id,
        code,
        name,
      ]);
    return rows.length === 1;
  }

  /** Claims the one first-run row for the trust of this transaction; false once any setup has claimed it. */
  async claimFirstRun(): Promise<boolean> {
    const rows = await this.db
      .em()
      .query('INSERT INTO directory.first_run DEFAULT VALUES ON CONFLICT DO NOTHING RETURNING at');
    return rows.length === 1;
  }

  // Across every trust, by the system role: before any trust is known.

  async any(em: EntityManager): Promise<boolean> {
    const [row] = await em.query('SELECT EXISTS (SELECT 1 FROM directory.trust) AS "any"');
    return row.any;
  }

  async codeTaken(em: EntityManager, code: string): Promise<boolean> {
    const [row] = await em.query('SELECT EXISTS (SELECT 1 FROM directory.trust WHERE code = $1) AS taken', [code]);
    return row.taken;
  }
}
