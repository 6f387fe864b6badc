import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can } from '@trustops/service-kit';
import { ref } from '../federated-refs';
import { Initiative } from '../initiatives/initiatives.types';
import { initiativeView } from '../initiatives/initiatives.view';
import { scoreOf } from './risk-rules';
import { RiskRow } from './risks.repository';
import { RisksService } from './risks.service';
import { Risk, RiskInput } from './risks.types';

const view = (r: RiskRow) => ({
  ...r,
  score: scoreOf(r),
  owner: ref(r.ownerId),
  incidents: r.incidentIds.map((id) => ({ id })),
});

@Resolver(() => Risk)
export class RisksResolver {
  constructor(private readonly service: RisksService) {}

  @Query(() => [Risk], { description: 'Open risks first, highest score first' })
  @Can('READ_ROADMAP')
  async risks() {
    return (await this.service.list()).map(view);
  }

  @Mutation(() => Risk)
  @Can('EDIT_ROADMAP')
  async createRisk(@Args('input') input: RiskInput) {
    return view(await this.service.save(null, input));
  }

  @Mutation(() => Risk)
  @Can('EDIT_ROADMAP')
  async updateRisk(@Args('id', { type: () => ID }) id: string, @Args('input') input: RiskInput) {
    return view(await this.service.save(id, input));
  }

  @Mutation(() => Risk)
  @Can('EDIT_ROADMAP')
  async linkRiskIncident(
    @Args('riskId', { type: () => ID }) riskId: string,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ) {
    return view(await this.service.linkIncident(riskId, incidentId));
  }

  @ResolveField(() => [Initiative])
  async initiatives(@Parent() risk: RiskRow) {
    return (await this.service.initiativesOf(risk)).map(initiativeView);
  }
}
