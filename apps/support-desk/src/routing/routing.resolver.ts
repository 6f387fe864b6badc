import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { RoutingRule } from './routing-rules';
import { RoutingService } from './routing.service';
import { AddRoutingRuleInput, RoutingRuleType } from './routing.types';

const view = (r: RoutingRule): RoutingRuleType => ({
  id: r.id,
  category: r.category,
  team: r.team,
  school: r.schoolId ? { id: r.schoolId } : null,
  assignee: r.assigneeId ? { id: r.assigneeId } : null,
});

@Resolver(() => RoutingRuleType)
export class RoutingResolver {
  constructor(private readonly routing: RoutingService) {}

  @Query(() => [RoutingRuleType])
  @Can('WORK_TICKETS')
  async routingRules() {
    return (await this.routing.list()).map(view);
  }

  @Mutation(() => RoutingRuleType)
  @Can('MANAGE_ROUTING')
  async addRoutingRule(@Args('input') input: AddRoutingRuleInput, @CurrentActor() actor: Actor) {
    return view(await this.routing.add(actor, input));
  }

  @Mutation(() => Boolean)
  @Can('MANAGE_ROUTING')
  removeRoutingRule(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.routing.remove(actor, id);
  }
}
