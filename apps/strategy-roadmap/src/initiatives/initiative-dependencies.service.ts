import { Injectable } from '@nestjs/common';
import { AuditService } from '@trustops/service-kit';
import { wouldCycle } from './initiative-rules';
import { InitiativeDependenciesRepository } from './initiative-dependencies.repository';
import { initiativeErrors } from './initiatives.errors';
import { InitiativeRow } from './initiatives.repository';
import { InitiativesService } from './initiatives.service';

@Injectable()
export class InitiativeDependenciesService {
  constructor(
    private readonly repository: InitiativeDependenciesRepository,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativesService,
  ) {}

  list(initiativeId: string): Promise<InitiativeRow[]> {
    return this.repository.list(initiativeId);
  }

  /** Refused with DEPENDENCY_CYCLE, naming the loop, when the new edge would close one. */
  async add(id: string, dependsOnId: string): Promise<InitiativeRow> {
    const [initiative, dependsOn] = [await this.initiatives.require(id), await this.initiatives.require(dependsOnId)];
    const loop = wouldCycle(await this.repository.edges(), id, dependsOnId);
    if (loop) {
      const titles = await this.repository.titles(loop);
      const name = (x: string) => titles.find((t) => t.id === x)?.title ?? x;
      throw initiativeErrors.error(
        'DEPENDENCY_CYCLE',
        `"${initiative.title}" cannot depend on "${dependsOn.title}": that would make a loop (${loop.map(name).join(' → ')})`,
        { loop },
      );
    }
    await this.repository.add(id, dependsOnId);
    await this.audit.record({ entity: 'initiative', entityId: id, action: 'dependency_added', after: { dependsOnId } });
    return initiative;
  }
}
