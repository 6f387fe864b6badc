import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { SchedulesService } from './schedules.service';
import { CadenceEnum, ReportSchedule } from './schedules.types';

@Resolver(() => ReportSchedule)
export class SchedulesResolver {
  constructor(private readonly schedules: SchedulesService) {}

  @Query(() => [ReportSchedule])
  @Can('ADMINISTER_TRUST')
  reportSchedules() {
    return this.schedules.list();
  }

  @Mutation(() => ReportSchedule, { description: 'Send the board pack (PDF) weekly or monthly to up to 20 addresses' })
  @Can('ADMINISTER_TRUST')
  scheduleBoardPack(
    @Args('cadence', { type: () => CadenceEnum }) cadence: CadenceEnum,
    @Args('recipients', { type: () => [String] }) recipients: string[],
    @CurrentActor() actor: Actor,
  ) {
    return this.schedules.create(actor, cadence, recipients);
  }

  @Mutation(() => Boolean)
  @Can('ADMINISTER_TRUST')
  cancelReportSchedule(@Args('id', { type: () => ID }) id: string) {
    return this.schedules.cancel(id);
  }
}
