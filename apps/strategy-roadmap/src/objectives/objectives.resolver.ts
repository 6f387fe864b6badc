import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, DateScalar } from '@trustops/service-kit';
import { progressOf } from './measure-rules';
import { MeasureRow } from './objectives.repository';
import { ObjectivesService } from './objectives.service';
import { CreateObjectiveInput, Measure, MeasureInput, Objective } from './objectives.types';

@Resolver(() => Objective)
export class ObjectivesResolver {
  constructor(private readonly service: ObjectivesService) {}

  @Query(() => [Objective])
  @Can('READ_ROADMAP')
  objectives() {
    return this.service.list();
  }

  @Mutation(() => Objective)
  @Can('EDIT_ROADMAP')
  createObjective(@Args('input') input: CreateObjectiveInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Measure)
  @Can('EDIT_ROADMAP')
  addMeasure(
    @Args('objectiveId', { type: () => ID }) objectiveId: string,
    @Args('input') input: MeasureInput,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.addMeasure(actor, objectiveId, input);
  }

  @Mutation(() => Measure, { description: "Record the measure's current value (kept in its history for the chart)" })
  @Can('EDIT_ROADMAP')
  updateMeasure(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('current', { type: () => Float }) current: number,
    @Args('recordedOn', { type: () => DateScalar, nullable: true }) recordedOn: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.updateMeasure(actor, measureId, current, recordedOn ?? null);
  }

  @ResolveField(() => [Measure])
  measures(@Parent() objective: Objective) {
    return this.service.measures(objective.id);
  }
}

@Resolver(() => Measure)
export class MeasuresResolver {
  constructor(private readonly service: ObjectivesService) {}

  @ResolveField(() => Number)
  progress(@Parent() m: MeasureRow) {
    return progressOf(m);
  }

  @ResolveField()
  history(@Parent() m: MeasureRow) {
    return this.service.readings(m.id);
  }
}
