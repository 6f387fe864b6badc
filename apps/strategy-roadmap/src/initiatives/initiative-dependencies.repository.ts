import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';
import { INITIATIVE_COLUMNS, InitiativeRow } from './initiatives.repository';

/** Which initiative waits on which, under RLS. */
@Injectable()
export class InitiativeDependenciesRepository {
  constructor(private readonly db: TenantDb) {}

  /** The initiatives `initiativeId` depends on. */
  list(initiativeId: string): Promise<InitiativeRow[]> {
    return this.db.em().query(
      `SELECT ${INITIATIVE_COLUMNS} FROM ${SCHEMA}.initiative_dependency d
       JOIN ${SCHEMA}.initiative i ON i.id = d.depends_on_id WHERE d.initiative_id = $1`,
      [initiativeId],
    );
  }

  /** Every dependency of the trust, as edges from the waiting initiative to the one it waits on. */
  edges(): Promise<{ from: string; to: string }[]> {
    return this.db
      .em()
      .query(`SELECT initiative_id AS "from", depends_on_id AS "to" FROM ${SCHEMA}.initiative_dependency`);
  }

  titles(ids: string[]): Promise<{ id: string; title: string }[]> {
    return this.db.em().query(`SELECT id, title FROM ${SCHEMA}.initiative WHERE id = ANY ($1::uuid[])`, [ids]);
  }

  add(initiativeId: string, dependsOnId: string): Promise<unknown> {
    return this.db
      .em()
      .query(
        `INSERT INTO ${SCHEMA}.initiative_dependency (initiative_id, depends_on_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [initiativeId, dependsOnId],
      );
  }
}
