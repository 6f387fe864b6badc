import { Args, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Roles } from '@trustops/service-kit';
import { SchedulesService } from './schedules.service';

enum CadenceEnum {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(CadenceEnum, { name: 'ReportCadence' });

@ObjectType({ description: 'The board pack sent by email on a schedule' })
export class ReportSchedule {
  @Field(() => ID) id: string;
  @Field(() => CadenceEnum) cadence: string;
  @Field(() => [String]) recipients: string[];
  @Field() nextRunAt: Date;
  @Field(() => Date, { nullable: true }) lastSentAt: Date | null;
}

@Resolver(() => ReportSchedule)
export class SchedulesResolver {
  constructor(private readonly schedules: SchedulesService) {}

  @Query(() => [ReportSchedule])
  @Roles('IT_DIRECTOR')
  reportSchedules() {
    return this.schedules.list();
  }

  @Mutation(() => ReportSchedule, { description: 'Send the board pack (PDF) weekly or monthly to up to 20 addresses' })
  @Roles('IT_DIRECTOR')
  scheduleBoardPack(
    @Args('cadence', { type: () => CadenceEnum }) cadence: CadenceEnum,
    @Args('recipients', { type: () => [String] }) recipients: string[],
    @CurrentActor() actor: Actor,
  ) {
    return this.schedules.create(actor, cadence, recipients);
  }

  @Mutation(() => Boolean)
  @Roles('IT_DIRECTOR')
  cancelReportSchedule(@Args('id', { type: () => ID }) id: string) {
    return this.schedules.cancel(id);
  }
}
