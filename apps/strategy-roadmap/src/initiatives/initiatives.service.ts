import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, DomainError, notFound, TenantDb } from '@trustops/service-kit';
import { ReferencesService, S } from '../references/references.service';
import { EventsService } from '../shared';
import { checkStatus, Horizon, InitiativeStatus, Rag } from './initiative-rules';
import { initiativeNotFound } from './initiatives.errors';
import { CreateInitiativeInput, InitiativeFilter } from './initiatives.types';

export interface InitiativeRow {
  id: string;
  title: string;
  problem: string;
  schoolIds: string[];
  ownerId: string | null;
  capitalCost: number;
  revenueCost: number;
  horizon: Horizon;
  status: InitiativeStatus;
  rag: Rag;
  ragReason: string | null;
}

// Every query that returns an InitiativeRow selects these, with the initiative aliased as i.
export const INITIATIVE_COLUMNS = `i.id, i.title, i.problem, i.school_ids AS "schoolIds", i.owner_id AS "ownerId", i.capital_cost::float8 AS "capitalCost",
  i.revenue_cost::float8 AS "revenueCost", i.horizon, i.status, i.rag, i.rag_reason AS "ragReason"`;
const MAX_COST = 100_000_000;

@Injectable()
export class InitiativesService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(filter: InitiativeFilter): Promise<InitiativeRow[]> {
    return this.db.em().query(
      `SELECT ${INITIATIVE_COLUMNS} FROM ${S}.initiative i
       WHERE ($1::text IS NULL OR i.horizon = $1) AND ($2::text IS NULL OR i.status = $2)
         AND ($3::uuid IS NULL OR cardinality(i.school_ids) = 0 OR $3 = ANY (i.school_ids))
         AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM ${S}.initiative_objective o WHERE o.initiative_id = i.id AND o.objective_id = $4))
       ORDER BY CASE i.rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END, i.title LIMIT 500`,
      [filter.horizon ?? null, filter.status ?? null, filter.schoolId ?? null, filter.objectiveId ?? null],
    );
  }

  async require(id: string): Promise<InitiativeRow> {
    const [row] = await this.db.em().query(`SELECT ${INITIATIVE_COLUMNS} FROM ${S}.initiative i WHERE i.id = $1`, [id]);
    if (!row) throw initiativeNotFound(id);
    return row;
  }

  objectivesOf(initiativeId: string): Promise<{ id: string; title: string }[]> {
    return this.db.em().query(
      `SELECT o.id, o.title FROM ${S}.initiative_objective io JOIN ${S}.objective o ON o.id = io.objective_id
      WHERE io.initiative_id = $1 ORDER BY o.position`,
      [initiativeId],
    );
  }

  async idsForObjective(objectiveId: string): Promise<string[]> {
    return (
      await this.db
        .em()
        .query(`SELECT initiative_id AS id FROM ${S}.initiative_objective WHERE objective_id = $1`, [objectiveId])
    ).map((r: { id: string }) => r.id);
  }

  async create(
    actor: Actor,
    input: CreateInitiativeInput,
    sourceStandardId: string | null = null,
  ): Promise<InitiativeRow> {
    const title = input.title.trim();
    const problem = input.problem.trim();
    if (!title || title.length > 200)
      throw badInput('An initiative has a title of 1 to 200 characters', { field: 'title' });
    if (!problem || problem.length > 2000)
      throw badInput('Say what problem it solves, as "how can we achieve …?" (1 to 2,000 characters)', {
        field: 'problem',
      });
    for (const [field, cost] of [
      ['capitalCost', input.capitalCost ?? 0],
      ['revenueCost', input.revenueCost ?? 0],
    ] as const) {
      if (!Number.isFinite(cost) || cost < 0 || cost > MAX_COST)
        throw badInput(`${field} is a sum in pounds from 0 to 100,000,000`, { field });
    }
    await this.refs.requireSchools(actor, input.schoolIds ?? []);
    if (input.ownerId) await this.refs.requireMember(input.ownerId, 'ownerId');
    const objectiveIds = [...new Set(input.objectiveIds ?? [])];
    const found: { id: string }[] = await this.db
      .em()
      .query(`SELECT id FROM ${S}.objective WHERE id = ANY ($1::uuid[])`, [objectiveIds]);
    if (found.length !== objectiveIds.length)
      throw notFound('OBJECTIVE_NOT_FOUND', "An objective named is not one of your trust's", { objectiveIds });
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${S}.initiative (title, problem, school_ids, owner_id, capital_cost, revenue_cost, horizon, status, source_standard_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'PROPOSED', $8) RETURNING id`,
      [
        title,
        problem,
        [...new Set(input.schoolIds ?? [])],
        input.ownerId ?? null,
        input.capitalCost ?? 0,
        input.revenueCost ?? 0,
        input.horizon ?? 'NEXT',
        sourceStandardId,
      ],
    );
    for (const objectiveId of objectiveIds) {
      await this.db
        .em()
        .query(`INSERT INTO ${S}.initiative_objective (initiative_id, objective_id) VALUES ($1, $2)`, [
          id,
          objectiveId,
        ]);
    }
    const row = await this.require(id);
    await this.audit.record({ entity: 'initiative', entityId: id, action: 'created', after: input });
    await this.emit('initiative.created', row, objectiveIds);
    return row;
  }

  async move(id: string, horizon: Horizon): Promise<InitiativeRow> {
    const before = await this.require(id);
    if (before.horizon === horizon) return before;
    await this.db
      .em()
      .query(`UPDATE ${S}.initiative SET horizon = $2, updated_at = now() WHERE id = $1`, [id, horizon]);
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

  async setStatus(
    id: string,
    status: InitiativeStatus,
    rag: Rag | null,
    reason: string | null,
  ): Promise<InitiativeRow> {
    const before = await this.require(id);
    const nextRag = rag ?? before.rag;
    const nextReason = nextRag === 'GREEN' ? null : reason?.trim() || (rag === null ? before.ragReason : null);
    if ((reason ?? '').length > 1000) throw badInput('Keep the reason under 1,000 characters', { field: 'reason' });
    const check = checkStatus(before.status, status, nextRag, nextReason);
    if (!check.ok)
      throw new DomainError(
        check.code,
        check.code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : 'CONFLICT',
        check.message,
        { initiativeId: id, field: 'reason' },
      );
    await this.db
      .em()
      .query(`UPDATE ${S}.initiative SET status = $2, rag = $3, rag_reason = $4, updated_at = now() WHERE id = $1`, [
        id,
        status,
        nextRag,
        nextReason,
      ]);
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
    const objectives = objectiveIds ?? (await this.objectivesOf(row.id)).map((o) => o.id);
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
