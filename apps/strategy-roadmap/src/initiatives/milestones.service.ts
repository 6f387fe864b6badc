import { Injectable } from '@nestjs/common';
import { AuditService, badInput, TenantDb } from '@trustops/service-kit';
import { S } from '../references/references.service';
import { InitiativeRow, InitiativesService } from './initiatives.service';

@Injectable()
export class MilestonesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativesService,
  ) {}

  list(initiativeId: string) {
    return this.db.em().query(
      `SELECT id, title, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", to_char(done_on, 'YYYY-MM-DD') AS "doneOn"
      FROM ${S}.milestone WHERE initiative_id = $1 ORDER BY due_on`,
      [initiativeId],
    );
  }

  async add(id: string, title: string, dueOn: string): Promise<InitiativeRow> {
    if (!title.trim() || title.length > 200)
      throw badInput('A milestone has a title of 1 to 200 characters', { field: 'title' });
    const initiative = await this.initiatives.require(id);
    await this.db
      .em()
      .query(`INSERT INTO ${S}.milestone (initiative_id, title, due_on) VALUES ($1, $2, $3)`, [
        id,
        title.trim(),
        dueOn,
      ]);
    await this.audit.record({ entity: 'initiative', entityId: id, action: 'milestone_added', after: { title, dueOn } });
    return initiative;
  }
}
