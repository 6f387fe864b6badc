import { Args, Float, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { RefreshService } from './refresh.service';
import { SchoolRefreshPlan } from './refresh.types';

@Resolver()
export class RefreshResolver {
  constructor(private readonly service: RefreshService) {}

  @Query(() => [SchoolRefreshPlan], {
    description: 'Per school (or one school), devices and cost due each year from this calendar year',
  })
  @Can('READ_ROADMAP')
  deviceRefreshPlan(
    @CurrentActor() actor: Actor,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string,
  ): Promise<SchoolRefreshPlan[]> {
    return this.service.plan(actor, schoolId ?? null);
  }

  @Mutation(() => Boolean)
  @Can('PLAN_REFRESH')
  async setDeviceCount(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('deviceType') deviceType: string,
    @Args('purchasedYear', { type: () => Int }) purchasedYear: number,
    @Args('count', { type: () => Int }) count: number,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.service.setDeviceCount(actor, { schoolId, deviceType, purchasedYear, count });
    return true;
  }

  @Mutation(() => Boolean)
  @Can('PLAN_REFRESH')
  async setRefreshPolicy(
    @Args('deviceType') deviceType: string,
    @Args('cycleYears', { type: () => Int }) cycleYears: number,
    @Args('unitCost', { type: () => Float }) unitCost: number,
  ): Promise<boolean> {
    await this.service.setPolicy({ deviceType, cycleYears, unitCost });
    return true;
  }
}
