import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DateScalar, Roles } from '@trustops/service-kit';
import { Objective } from '../objectives/objectives.types';
import { EDITORS, EVERYONE, READERS, ref } from '../shared';
import { InitiativeDependenciesService } from './initiative-dependencies.service';
import { InitiativeRow, InitiativesService } from './initiatives.service';
import {
  CreateInitiativeInput,
  HorizonEnum,
  Initiative,
  InitiativeFilter,
  InitiativeStatusEnum,
  Lane,
  Milestone,
  ObjectiveRef,
  RagEnum,
  Roadmap,
} from './initiatives.types';
import { MilestonesService } from './milestones.service';

export const initiativeView = (i: InitiativeRow) => ({
  ...i,
  schools: i.schoolIds.map((id) => ({ id })),
  owner: ref(i.ownerId),
});
const lane = (rows: InitiativeRow[]): Lane => ({
  initiatives: rows.map(initiativeView) as Initiative[],
  capitalCost: rows.reduce((sum, r) => sum + r.capitalCost, 0),
  revenueCost: rows.reduce((sum, r) => sum + r.revenueCost, 0),
});

@Resolver(() => Initiative)
export class InitiativesResolver {
  constructor(
    private readonly service: InitiativesService,
    private readonly dependencyService: InitiativeDependenciesService,
    private readonly milestoneService: MilestonesService,
  ) {}

  @Query(() => Roadmap, {
    description: 'Live initiatives (not done or dropped) in their lanes, red first, with cost totals',
  })
  @Roles(...EVERYONE)
  async roadmap(): Promise<Roadmap> {
    const live = (await this.service.list({})).filter((i) => i.status !== 'DONE' && i.status !== 'DROPPED');
    return {
      now: lane(live.filter((i) => i.horizon === 'NOW')),
      next: lane(live.filter((i) => i.horizon === 'NEXT')),
      later: lane(live.filter((i) => i.horizon === 'LATER')),
    };
  }

  @Query(() => [Initiative])
  @Roles(...READERS)
  async initiatives(@Args('filter', { type: () => InitiativeFilter, nullable: true }) filter?: InitiativeFilter) {
    return (await this.service.list(filter ?? {})).map(initiativeView);
  }

  @Mutation(() => Initiative)
  @Roles(...EDITORS)
  async createInitiative(@Args('input') input: CreateInitiativeInput, @CurrentActor() actor: Actor) {
    return initiativeView(await this.service.create(actor, input));
  }

  @Mutation(() => Initiative)
  @Roles(...EDITORS)
  async moveInitiative(
    @Args('id', { type: () => ID }) id: string,
    @Args('horizon', { type: () => HorizonEnum }) horizon: HorizonEnum,
  ) {
    return initiativeView(await this.service.move(id, horizon));
  }

  @Mutation(() => Initiative, { description: 'AMBER and RED need a reason' })
  @Roles(...EDITORS)
  async setInitiativeStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => InitiativeStatusEnum }) status: InitiativeStatusEnum,
    @Args('rag', { type: () => RagEnum, nullable: true }) rag: RagEnum | null,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ) {
    return initiativeView(await this.service.setStatus(id, status, rag ?? null, reason ?? null));
  }

  @Mutation(() => Initiative, { description: 'Fails with DEPENDENCY_CYCLE when it would make a loop' })
  @Roles(...EDITORS)
  async addInitiativeDependency(
    @Args('id', { type: () => ID }) id: string,
    @Args('dependsOnId', { type: () => ID }) dependsOnId: string,
  ) {
    return initiativeView(await this.dependencyService.add(id, dependsOnId));
  }

  @Mutation(() => Initiative)
  @Roles(...EDITORS)
  async addMilestone(
    @Args('id', { type: () => ID }) id: string,
    @Args('title') title: string,
    @Args('dueOn', { type: () => DateScalar }) dueOn: string,
  ) {
    return initiativeView(await this.milestoneService.add(id, title, dueOn));
  }

  @ResolveField(() => [ObjectiveRef])
  objectives(@Parent() i: Initiative & { id: string }) {
    return this.service.objectivesOf(i.id);
  }

  @ResolveField(() => [Initiative])
  async dependsOn(@Parent() i: Initiative & { id: string }) {
    return (await this.dependencyService.list(i.id)).map(initiativeView);
  }

  @ResolveField(() => [Milestone])
  milestones(@Parent() i: Initiative & { id: string }) {
    return this.milestoneService.list(i.id);
  }
}

@Resolver(() => Objective)
export class ObjectiveInitiativesResolver {
  constructor(private readonly service: InitiativesService) {}

  @ResolveField(() => [Initiative])
  async initiatives(@Parent() objective: Objective) {
    return (await this.service.list({ objectiveId: objective.id })).map(initiativeView);
  }
}
