import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, DateScalar } from '@trustops/service-kit';
import { Objective } from '../objectives/objectives.types';
import { InitiativeDependenciesService } from './initiative-dependencies.service';
import { InitiativesService } from './initiatives.service';
import {
  CreateInitiativeInput,
  HorizonEnum,
  Initiative,
  InitiativeFilter,
  InitiativeStatusEnum,
  Milestone,
  ObjectiveRef,
  RagEnum,
  Roadmap,
} from './initiatives.types';
import { initiativeView, laneView } from './initiatives.view';
import { MilestonesService } from './milestones.service';

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
  @Can('SEE_ROADMAP_SUMMARY')
  async roadmap(): Promise<Roadmap> {
    const { now, next, later } = await this.service.roadmap();
    return { now: laneView(now), next: laneView(next), later: laneView(later) };
  }

  @Query(() => [Initiative])
  @Can('READ_ROADMAP')
  async initiatives(@Args('filter', { type: () => InitiativeFilter, nullable: true }) filter?: InitiativeFilter) {
    return (await this.service.list(filter ?? {})).map(initiativeView);
  }

  @Mutation(() => Initiative)
  @Can('EDIT_ROADMAP')
  async createInitiative(@Args('input') input: CreateInitiativeInput, @CurrentActor() actor: Actor) {
    return initiativeView(await this.service.create(actor, input));
  }

  @Mutation(() => Initiative)
  @Can('EDIT_ROADMAP')
  async moveInitiative(
    @Args('id', { type: () => ID }) id: string,
    @Args('horizon', { type: () => HorizonEnum }) horizon: HorizonEnum,
  ) {
    return initiativeView(await this.service.move(id, horizon));
  }

  @Mutation(() => Initiative, { description: 'AMBER and RED need a reason' })
  @Can('EDIT_ROADMAP')
  async setInitiativeStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => InitiativeStatusEnum }) status: InitiativeStatusEnum,
    @Args('rag', { type: () => RagEnum, nullable: true }) rag: RagEnum | null,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ) {
    return initiativeView(await this.service.setStatus(id, status, rag ?? null, reason ?? null));
  }

  @Mutation(() => Initiative, { description: 'Fails with DEPENDENCY_CYCLE when it would make a loop' })
  @Can('EDIT_ROADMAP')
  async addInitiativeDependency(
    @Args('id', { type: () => ID }) id: string,
    @Args('dependsOnId', { type: () => ID }) dependsOnId: string,
  ) {
    return initiativeView(await this.dependencyService.add(id, dependsOnId));
  }

  @Mutation(() => Initiative)
  @Can('EDIT_ROADMAP')
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

/** `Objective.initiatives`: the objective belongs to objectives, the initiatives that serve it to this feature. */
@Resolver(() => Objective)
export class ObjectiveInitiativesResolver {
  constructor(private readonly service: InitiativesService) {}

  @ResolveField(() => [Initiative])
  async initiatives(@Parent() objective: Objective) {
    return (await this.service.list({ objectiveId: objective.id })).map(initiativeView);
  }
}
