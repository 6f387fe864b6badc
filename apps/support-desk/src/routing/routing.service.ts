import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, optionalText } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { TrustCache } from '../directory-copies/trust-cache';
import { CATEGORIES } from '../tickets/ticket-rules';
import { canHold, pickRule, RoutingRule } from './routing-rules';
import { assigneeNotAllowed, routingErrors } from './routing.errors';
import { RoutingRepository } from './routing.repository';
import { AddRoutingRuleInput } from './routing.types';

export interface Route {
  team: string | null;
  assigneeId: string | null;
}

@Injectable()
export class RoutingService {
  constructor(
    private readonly repo: RoutingRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly cache: TrustCache,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<RoutingRule[]> {
    return this.cache.cached('routing-rules', () => this.repo.list());
  }

  /** Where a new ticket goes. A rule's technician who can no longer hold the school's tickets is skipped (team only). */
  async route(schoolId: string, category: string): Promise<Route | null> {
    const rule = pickRule(await this.list(), schoolId, category);
    if (!rule) return null;
    const assigneeId =
      rule.assigneeId && canHold(await this.copies.member(rule.assigneeId), schoolId) ? rule.assigneeId : null;
    return { team: rule.team, assigneeId };
  }

  async add(actor: Actor, input: AddRoutingRuleInput): Promise<RoutingRule> {
    const team = optionalText('team', input.team, 'label');
    if (!team && !input.assigneeId)
      throw badInput('A rule sends tickets somewhere: give a team, a technician, or both', { field: 'team' });
    if (input.category && !(CATEGORIES as readonly string[]).includes(input.category)) {
      throw badInput(`Category must be one of ${CATEGORIES.join(', ')}`, { field: 'category' });
    }
    if (input.schoolId) await this.copies.requireSchool(actor, input.schoolId);
    if (input.assigneeId) await this.requireHolder(input.assigneeId, input.schoolId ?? null);
    const same = (await this.list()).find(
      (r) => r.schoolId === (input.schoolId ?? null) && r.category === (input.category ?? null),
    );
    if (same)
      throw badInput('A rule for that school and category already exists; remove it first', {
        field: 'category',
        ruleId: same.id,
      });
    const rule = await this.repo.insert({
      schoolId: input.schoolId ?? null,
      category: input.category ?? null,
      team,
      assigneeId: input.assigneeId ?? null,
    });
    this.cache.forget(actor.trustId);
    await this.audit.record({ entity: 'routing_rule', entityId: rule.id, action: 'added', after: rule });
    return rule;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const rule = await this.repo.remove(id);
    if (!rule)
      throw routingErrors.error('ROUTING_RULE_NOT_FOUND', 'No routing rule with that id in your trust', { ruleId: id });
    this.cache.forget(actor.trustId);
    await this.audit.record({ entity: 'routing_rule', entityId: id, action: 'removed', before: rule });
    return true;
  }

  /** A technician of this trust who may hold tickets of the school (any school when schoolId is null: trust-wide). */
  async requireHolder(userId: string, schoolId: string | null): Promise<void> {
    const member = await this.copies.member(userId);
    const ok = schoolId ? canHold(member, schoolId) : canHold(member, '') && member!.schoolIds === null;
    if (!ok) throw assigneeNotAllowed(member, schoolId);
  }
}
