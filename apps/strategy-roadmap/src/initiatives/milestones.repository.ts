import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';

export interface MilestoneRow {
  id: string;
  title: string;
  dueOn: string;
  doneOn: string | null;
}

/** The milestones of initiatives, under RLS. */
@Injectable()
export class MilestonesRepository {
  constructor(private readonly db: TenantDb) {}

  /** Soonest first. */
  list(initiativeId: string): Promise<MilestoneRow[]> {
    return this.db.em().query(
      `SELECT id, title, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", to_char(done_on, 'YYYY-MM-DD') AS "doneOn"
      FROM ${SCHEMA}.milestone WHERE initiative_id = $1 ORDER BY due_on`,
      [initiativeId],
    );
  }

  add(initiativeId: string, title: string, dueOn: string): Promise<unknown> {
    return this.db
      .em()
      .query(`INSERT INTO ${SCHEMA}.milestone (initiative_id, title, due_on) VALUES ($1, $2, $3)`, [
        initiativeId,
        title,
        dueOn,
      ]);
  }
}
