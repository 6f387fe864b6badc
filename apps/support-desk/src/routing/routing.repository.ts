import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { RoutingRule } from './routing-rules';

const COLUMNS = `id, school_id AS "schoolId", category, team, assignee_id AS "assigneeId"`;

/** The trust's auto-routing rules (RLS keeps them to the trust). */
@Injectable()
export class RoutingRepository {
  constructor(private readonly db: TenantDb) {}

  list(): Promise<RoutingRule[]> {
    return this.db
      .em()
      .query(`SELECT ${COLUMNS} FROM support_desk.routing_rule ORDER BY school_id NULLS LAST, category NULLS LAST`);
  }

  async insert(rule: Omit<RoutingRule, 'id'>): Promise<RoutingRule> {
    const [row] = await this.db
      .em()
      .query(
        `INSERT INTO support_desk.routing_rule (school_id, category, team, assignee_id) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [rule.schoolId, rule.category, rule.team, rule.assigneeId],
      );
    return row;
  }

  /** The removed rule, or null when there was none. */
  async remove(id: string): Promise<RoutingRule | null> {
    // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare DELETE … RETURNING.
    const [row] = await this.db
      .em()
      .query(
        `WITH gone AS (DELETE FROM support_desk.routing_rule WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM gone`,
        [id],
      );
    return row ?? null;
  }
}
