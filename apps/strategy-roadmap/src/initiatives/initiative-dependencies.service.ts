import { Injectable } from '@nestjs/common';
import { AuditService, DomainError, TenantDb } from '@trustops/service-kit';
import { S } from '../references/references.service';
import { wouldCycle } from './initiative-rules';
import { INITIATIVE_COLUMNS, InitiativeRow, InitiativesService } from './initiatives.service';

@Injectable()
export class InitiativeDependenciesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativesService,
  ) {}

  list(initiativeId: string): Promise<InitiativeRow[]> {
    return this.db
      .em()
      .query(
        `SELECT ${INITIATIVE_COLUMNS} FROM ${S}.initiative_dependency d JOIN ${S}.initiative i ON i.id = d.depends_on_id WHERE d.initiative_id = $1`,
        [initiativeId],
      );
  }

  /** Refused with DEPENDENCY_CYCLE, naming the loop, when the new edge would close one. */
  async add(id: string, dependsOnId: string): Promise<InitiativeRow> {
    const [initiative, dependsOn] = [await this.initiatives.require(id), await this.initiatives.require(dependsOnId)];
    const edges: { from: string; to: string }[] = await this.db
      .em()
      .query(`SELECT initiative_id AS "from", depends_on_id AS "to" FROM ${S}.initiative_dependency`);
    const loop = wouldCycle(edges, id, dependsOnId);
    if (loop) {
      const titles: { id: string; title: string }[] = await this.db
        .em()
        .query(`SELECT id, title FROM ${S}.initiative WHERE id = ANY ($1::uuid[])`, [loop]);
      const name = (x: string) => titles.find((t) => t.id === x)?.title ?? x;
      throw new DomainError(
        'DEPENDENCY_CYCLE',
        'CONFLICT',
        `"${initiative.title}" cannot depend on "${dependsOn.title}": that would make a loop (${loop.map(name).join(' → ')})`,
        { loop },
      );
    }
    await this.db
      .em()
      .query(
        `INSERT INTO ${S}.initiative_dependency (initiative_id, depends_on_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [id, dependsOnId],
      );
    await this.audit.record({ entity: 'initiative', entityId: id, action: 'dependency_added', after: { dependsOnId } });
    return initiative;
  }
}
