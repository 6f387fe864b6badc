import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, DateScalar } from '@trustops/service-kit';
import { CalendarService } from './calendar.service';
import { AddCalendarEventInput, CalendarEvent } from './calendar.types';

@Resolver(() => CalendarEvent)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => [CalendarEvent], {
    name: 'calendar',
    description: "A school's terms, holidays, INSET days, exam windows and freezes",
  })
  schoolCalendar(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('from', { type: () => DateScalar, nullable: true }) from: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.calendar.forSchool(actor, schoolId, from, to);
  }

  @Mutation(() => CalendarEvent)
  @Can('ADMINISTER_TRUST')
  addCalendarEvent(@Args('input') input: AddCalendarEventInput, @CurrentActor() actor: Actor) {
    return this.calendar.add(actor, input);
  }

  @Mutation(() => Boolean)
  @Can('ADMINISTER_TRUST')
  removeCalendarEvent(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.calendar.remove(actor, id);
  }
}
