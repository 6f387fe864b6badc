import { Injectable } from '@nestjs/common';
import { AuditService, text } from '@trustops/service-kit';
import { InitiativeRow } from './initiatives.repository';
import { InitiativesService } from './initiatives.service';
import { MilestoneRow, MilestonesRepository } from './milestones.repository';

@Injectable()
export class MilestonesService {
  constructor(
    private readonly repository: MilestonesRepository,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativesService,
  ) {}

  list(initiativeId: string): Promise<MilestoneRow[]> {
    return this.repository.list(initiativeId);
  }

  async add(id: string, title: string, dueOn: string): Promise<InitiativeRow> {
    const trimmed = text('title', title, 'title');
    const initiative = await this.initiatives.require(id);
    await this.repository.add(id, trimmed, dueOn);
    await this.audit.record({ entity: 'initiative', entityId: id, action: 'milestone_added', after: { title, dueOn } });
    return initiative;
  }
}
