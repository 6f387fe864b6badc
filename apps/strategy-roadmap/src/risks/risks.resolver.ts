import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@trustops/service-kit';
import { initiativeView } from '../initiatives/initiatives.resolver';
import { InitiativesService } from '../initiatives/initiatives.service';
import { Initiative } from '../initiatives/initiatives.types';
import { EDITORS, READERS, ref } from '../shared';
import { RiskRow, RisksService } from './risks.service';
import { Risk, RiskInput } from './risks.types';

const view = (r: RiskRow) => ({
  ...r,
  score: r.likelihood * r.impact,
  owner: ref(r.ownerId),
  incidents: r.incidentIds.map((id) => ({ id })),
});

@Resolver(() => Risk)
export class RisksResolver {
  constructor(
    private readonly service: RisksService,
    private readonly initiativesService: InitiativesService,
  ) {}

  @Query(() => [Risk], { description: 'Open risks first, highest score first' })
  @Roles(...READERS)
  async risks() {
    return (await this.service.list()).map(view);
  }

  @Mutation(() => Risk)
  @Roles(...EDITORS)
  async createRisk(@Args('input') input: RiskInput) {
    return view(await this.service.save(null, input));
  }

  @Mutation(() => Risk)
  @Roles(...EDITORS)
  async updateRisk(@Args('id', { type: () => ID }) id: string, @Args('input') input: RiskInput) {
    return view(await this.service.save(id, input));
  }

  @Mutation(() => Risk)
  @Roles(...EDITORS)
  async linkRiskIncident(
    @Args('riskId', { type: () => ID }) riskId: string,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ) {
    return view(await this.service.linkIncident(riskId, incidentId));
  }

  @ResolveField(() => [Initiative])
  async initiatives(@Parent() risk: RiskRow) {
    const rows = [];
    for (const id of risk.initiativeIds) rows.push(initiativeView(await this.initiativesService.require(id)));
    return rows;
  }
}
