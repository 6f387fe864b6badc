import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, optionalText, text } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { EventsService } from '../events/events.service';
import { ObjectivesService } from '../objectives/objectives.service';
import { checkStatus, Horizon, InitiativeStatus, Rag, roadmapLanes } from './initiative-rules';
import { initiativeErrors, initiativeNotFound } from './initiatives.errors';
import { InitiativeRow, InitiativesRepository } from './initiatives.repository';
import { CreateInitiativeInput, InitiativeFilter } from './initiatives.types';

const MAX_COST = 100_000_000;
/** The problem column holds up to 2,000 characters (the migration's check), less than a note's 5,000. */
const PROBLEM_MAX = 2000;

/** Initiatives: what the trust will do, for which schools and objectives, in which lane, and how it is going. */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly repository: InitiativesRepository,
    private readonly objectives: ObjectivesService,
    private readonly copies: DirectoryCopiesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(filter: InitiativeFilter): Promise<InitiativeRow[]> {
    return this.repository.list(filter);
  }

  async roadmap() {
    return roadmapLanes(await this.repository.list({}));
  }

  async require(id: string): Promise<InitiativeRow> {
    const row = await this.repository.find(id);
    if (!row) throw initiativeNotFound(id);
    return row;
  }

  /** Each of `ids` (once) is an initiative of the trust, or INITIATIVE_NOT_FOUND naming them all. */
  async requireAll(ids: string[]): Promise<string[]> {
    const initiativeIds = [...new Set(ids)];
    const found = await this.repository.existing(initiativeIds);
    if (found.length !== initiativeIds.length)
      throw initiativeErrors.error('INITIATIVE_NOT_FOUND', "An initiative named is not one of your trust's", {
        initiativeIds,
      });
    return initiativeIds;
  }

  objectivesOf(initiativeId: string): Promise<{ id: string; title: string }[]> {
    return this.repository.objectivesOf(initiativeId);
  }

  async create(
    actor: Actor,
    input: CreateInitiativeInput,
    sourceStandardId: string | null = null,
  ): Promise<InitiativeRow> {
    const title = text('title', input.title, 'title');
    const problem = text('problem', input.problem, 'note', {
      label: 'The problem, said as "how can we achieve …?",',
      max: PROBLEM_MAX,
    });
    for (const [field, cost] of [
      ['capitalCost', input.capitalCost ?? 0],
      ['revenueCost', input.revenueCost ?? 0],
    ] as const) {
      if (!Number.isFinite(cost) || cost < 0 || cost > MAX_COST)
        throw badInput(`${field} is a sum in pounds from 0 to 100,000,000`, { field });
    }
    await this.copies.requireSchools(actor, input.schoolIds ?? []);
    if (input.ownerId) await this.copies.requireMember(input.ownerId, 'ownerId');
    const objectiveIds = await this.objectives.requireAll(input.objectiveIds ?? []);
    const id = await this.repository.insert(
      {
        title,
        problem,
        schoolIds: [...new Set(input.schoolIds ?? [])],
        ownerId: input.ownerId ?? null,
        capitalCost: input.capitalCost ?? 0,
        revenueCost: input.revenueCost ?? 0,
        horizon: input.horizon ?? 'NEXT',
        sourceStandardId,
      },
      objectiveIds,
    );
    const row = await this.require(id);
    await this.audit.record({ entity: 'initiative', entityId: id, action: 'created', after: input });
    await this.emit('initiative.created', row, objectiveIds);
    return row;
  }

  async move(id: string, horizon: Horizon): Promise<InitiativeRow> {
    const before = await this.require(id);
    if (before.horizon === horizon) return before;
    await this.repository.setHorizon(id, horizon);
    await this.audit.record({
      entity: 'initiative',
      entityId: id,
      action: 'moved',
      before: { horizon: before.horizon },
      after: { horizon },
    });
    const after = await this.require(id);
    await this.emit('initiative.moved', after);
    return after;
  }

  /** A RAG other than GREEN needs a reason; without a new RAG, the current one and its reason stay. */
  async setStatus(
    id: string,
    status: InitiativeStatus,
    rag: Rag | null,
    reason: string | null,
  ): Promise<InitiativeRow> {
    const before = await this.require(id);
    const given = optionalText('reason', reason, 'reason');
    const nextRag = rag ?? before.rag;
    const nextReason = nextRag === 'GREEN' ? null : given || (rag === null ? before.ragReason : null);
    const check = checkStatus(before.status, status, nextRag, nextReason);
    if (!check.ok) {
      const details = { initiativeId: id, field: 'reason' };
      throw check.code === 'BAD_USER_INPUT'
        ? badInput(check.message, details)
        : initiativeErrors.error(check.code, check.message, details);
    }
    await this.repository.setStatus(id, status, nextRag, nextReason);
    await this.audit.record({
      entity: 'initiative',
      entityId: id,
      action: 'status_changed',
      before: { status: before.status, rag: before.rag },
      after: { status, rag: nextRag, reason: nextReason },
    });
    const after = await this.require(id);
    await this.emit('initiative.status_changed', after);
    return after;
  }

  private async emit(
    type: 'initiative.created' | 'initiative.moved' | 'initiative.status_changed',
    row: InitiativeRow,
    objectiveIds?: string[],
  ) {
    const objectives = objectiveIds ?? (await this.repository.objectivesOf(row.id)).map((o) => o.id);
    await this.events.emit(type, {
      initiativeId: row.id,
      title: row.title,
      schoolIds: row.schoolIds,
      horizon: row.horizon,
      status: row.status,
      rag: row.rag,
      objectiveIds: objectives,
    });
  }
}
