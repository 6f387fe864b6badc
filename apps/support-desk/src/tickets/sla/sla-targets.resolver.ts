import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { PriorityEnum } from '../tickets.types';
import { SlaTargetsService } from './sla-targets.service';

@ObjectType({ description: 'Working minutes allowed for a priority in this trust' })
export class SlaTarget {
  @Field(() => PriorityEnum) priority: string;
  @Field(() => Int) firstResponseMinutes: number;
  @Field(() => Int) resolutionMinutes: number;
  @Field({ description: 'True while the trust uses the default for this priority' }) isDefault: boolean;
}

@Resolver(() => SlaTarget)
export class SlaTargetsResolver {
  constructor(private readonly targets: SlaTargetsService) {}

  @Query(() => [SlaTarget])
  @Can('SEE_SLA_TARGETS')
  slaTargets() {
    return this.targets.list();
  }

  @Mutation(() => SlaTarget, { description: 'Applies to tickets raised from now on; open tickets keep their target' })
  @Can('ADMINISTER_TRUST')
  setSlaTarget(
    @Args('priority', { type: () => PriorityEnum }) priority: PriorityEnum,
    @Args('firstResponseMinutes', { type: () => Int }) firstResponseMinutes: number,
    @Args('resolutionMinutes', { type: () => Int }) resolutionMinutes: number,
    @CurrentActor() actor: Actor,
  ) {
    return this.targets.set(actor, priority, firstResponseMinutes, resolutionMinutes);
  }
}
