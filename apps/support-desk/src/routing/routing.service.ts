import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, notFound, TenantDb } from '@trustops/service-kit';
import { ReferencesService } from '../references/references.service';
import { CATEGORIES } from '../tickets/ticket-rules';
import { canHold, pickRule, RoutingRule } from './routing-rules';
import { AddRoutingRuleInput } from './routing.types';

const COLUMNS = `id, school_id AS "schoolId", category, team, assignee_id AS "assigneeId"`;

export interface Route {
  team: string | null;
  assigneeId: string | null;
}

@Injectable()
export class RoutingService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<RoutingRule[]> {
    return this.refs.cached('routing-rules', () =>
      this.db
        .em()
        .query(`SELECT ${COLUMNS} FROM support_desk.routing_rule ORDER BY school_id NULLS LAST, category NULLS LAST`),
    );
  }

  /** Where a new ticket goes. A rule's technician who can no longer hold the school's tickets is skipped (team only). */
  async route(schoolId: string, category: string): Promise<Route | null> {
    const rule = pickRule(await this.list(), schoolId, category);
    if (!rule) return null;
    const assigneeId =
      rule.assigneeId && canHold(await this.refs.member(rule.assigneeId), schoolId) ? rule.assigneeId : null;
    return { team: rule.team, assigneeId };
  }

  async add(actor: Actor, input: AddRoutingRuleInput): Promise<RoutingRule> {
    const team = input.team?.trim() || null;
    if (!team && !input.assigneeId)
      throw badInput('A rule sends tickets somewhere: give a team, a technician, or both', { field: 'team' });
    if (team && team.length > 60) throw badInput('Team names are at most 60 characters', { field: 'team' });
    if (input.category && !(CATEGORIES as readonly string[]).includes(input.category)) {
      throw badInput(`Category must be one of ${CATEGORIES.join(', ')}`, { field: 'category' });
    }
    if (input.schoolId) await this.refs.requireSchool(actor, input.schoolId);
    if (input.assigneeId) await this.requireHolder(input.assigneeId, input.schoolId ?? null);
    const same = (await this.list()).find(
      (r) => r.schoolId === (input.schoolId ?? null) && r.category === (input.category ?? null),
    );
    if (same)
      throw badInput('A rule for that school and category already exists; remove it first', {
        field: 'category',
        ruleId: same.id,
      });
    const [rule] = await this.db
      .em()
      .query(
        `INSERT INTO support_desk.routing_rule (school_id, category, team, assignee_id) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [input.schoolId ?? null, input.category ?? null, team, input.assigneeId ?? null],
      );
    this.refs.forget(actor.trustId);
    await this.audit.record({ entity: 'routing_rule', entityId: rule.id, action: 'added', after: rule });
    return rule;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare DELETE … RETURNING.
    const [rule] = await this.db
      .em()
      .query(
        `WITH gone AS (DELETE FROM support_desk.routing_rule WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM gone`,
        [id],
      );
    if (!rule) throw notFound('ROUTING_RULE_NOT_FOUND', 'No routing rule with that id in your trust', { ruleId: id });
    this.refs.forget(actor.trustId);
    await this.audit.record({ entity: 'routing_rule', entityId: id, action: 'removed', before: rule });
    return true;
  }

  /** A technician of this trust who may hold tickets of the school (any school when schoolId is null: trust-wide). */
  async requireHolder(userId: string, schoolId: string | null): Promise<void> {
    const member = await this.refs.member(userId);
    const ok = schoolId ? canHold(member, schoolId) : canHold(member, '') && member!.schoolIds === null;
    if (!ok) {
      throw badInput(
        member
          ? `${member.displayName} cannot hold tickets of ${schoolId ? 'that school' : 'every school'} (role or school scope)`
          : 'No member of your trust with that id',
        { field: 'assigneeId' },
      );
    }
  }
}
