import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';
import { Horizon, InitiativeStatus, Rag } from './initiative-rules';
import { InitiativeFilter } from './initiatives.types';

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
/** A new initiative starts with the status, RAG and reason the table defaults to. */
export interface NewInitiative extends Omit<InitiativeRow, 'id' | 'status' | 'rag' | 'ragReason'> {
  /** The DfE standard whose gap it closes (turnGapIntoInitiative), else null. */
  sourceStandardId: string | null;
}

// Every query that returns an InitiativeRow selects these, with the initiative aliased as i.
export const INITIATIVE_COLUMNS = `i.id, i.title, i.problem, i.school_ids AS "schoolIds", i.owner_id AS "ownerId",
  i.capital_cost::float8 AS "capitalCost", i.revenue_cost::float8 AS "revenueCost", i.horizon, i.status, i.rag,
  i.rag_reason AS "ragReason"`;

/** Initiatives and the objectives they serve, under RLS. */
@Injectable()
export class InitiativesRepository {
  constructor(private readonly db: TenantDb) {}

  /** Red first, then amber, then green; by title within each. */
  list(filter: InitiativeFilter): Promise<InitiativeRow[]> {
    return this.db.em().query(
      `SELECT ${INITIATIVE_COLUMNS} FROM ${SCHEMA}.initiative i
       WHERE ($1::text IS NULL OR i.horizon = $1) AND ($2::text IS NULL OR i.status = $2)
         AND ($3::uuid IS NULL OR cardinality(i.school_ids) = 0 OR $3 = ANY (i.school_ids))
         AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM ${SCHEMA}.initiative_objective o
                                          WHERE o.initiative_id = i.id AND o.objective_id = $4))
       ORDER BY CASE i.rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END, i.title LIMIT 500`,
      [filter.horizon ?? null, filter.status ?? null, filter.schoolId ?? null, filter.objectiveId ?? null],
    );
  }

  async find(id: string): Promise<InitiativeRow | null> {
    const [row] = await this.db
      .em()
      .query(`SELECT ${INITIATIVE_COLUMNS} FROM ${SCHEMA}.initiative i WHERE i.id = $1`, [id]);
    return row ?? null;
  }

  /** Which of `ids` are initiatives of the trust. */
  async existing(ids: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db
      .em()
      .query(`SELECT id FROM ${SCHEMA}.initiative WHERE id = ANY ($1::uuid[])`, [ids]);
    return rows.map((r) => r.id);
  }

  objectivesOf(initiativeId: string): Promise<{ id: string; title: string }[]> {
    return this.db.em().query(
      `SELECT o.id, o.title FROM ${SCHEMA}.initiative_objective io JOIN ${SCHEMA}.objective o ON o.id = io.objective_id
      WHERE io.initiative_id = $1 ORDER BY o.position`,
      [initiativeId],
    );
  }

  async insert(i: NewInitiative, objectiveIds: string[]): Promise<string> {
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.initiative
         (title, problem, school_ids, owner_id, capital_cost, revenue_cost, horizon, status, source_standard_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'PROPOSED', $8) RETURNING id`,
      [i.title, i.problem, i.schoolIds, i.ownerId, i.capitalCost, i.revenueCost, i.horizon, i.sourceStandardId],
    );
    for (const objectiveId of objectiveIds) {
      await this.db
        .em()
        .query(`INSERT INTO ${SCHEMA}.initiative_objective (initiative_id, objective_id) VALUES ($1, $2)`, [
          id,
          objectiveId,
        ]);
    }
    return id;
  }

  setHorizon(id: string, horizon: Horizon): Promise<unknown> {
    return this.db
      .em()
      .query(`UPDATE ${SCHEMA}.initiative SET horizon = $2, updated_at = now() WHERE id = $1`, [id, horizon]);
  }

  setStatus(id: string, status: InitiativeStatus, rag: Rag, ragReason: string | null): Promise<unknown> {
    return this.db
      .em()
      .query(
        `UPDATE ${SCHEMA}.initiative SET status = $2, rag = $3, rag_reason = $4, updated_at = now() WHERE id = $1`,
        [id, status, rag, ragReason],
      );
  }
}
