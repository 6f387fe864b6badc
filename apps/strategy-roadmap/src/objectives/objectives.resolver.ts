import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DateScalar, Roles } from '@trustops/service-kit';
import { EDITORS, READERS } from '../shared';
import { MeasureRow, ObjectivesService, progressOf } from './objectives.service';
import { CreateObjectiveInput, Measure, MeasureInput, Objective } from './objectives.types';

@Resolver(() => Objective)
export class ObjectivesResolver {
  constructor(private readonly service: ObjectivesService) {}

  @Query(() => [Objective])
  @Roles(...READERS)
  objectives() {
    return this.service.list();
  }

  @Mutation(() => Objective)
  @Roles(...EDITORS)
  createObjective(@Args('input') input: CreateObjectiveInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Measure)
  @Roles(...EDITORS)
  addMeasure(
    @Args('objectiveId', { type: () => ID }) objectiveId: string,
    @Args('input') input: MeasureInput,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.addMeasure(actor, objectiveId, input);
  }

  @Mutation(() => Measure, { description: "Record the measure's current value (kept in its history for the chart)" })
  @Roles(...EDITORS)
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
