import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DateScalar, Roles } from '@trustops/service-kit';
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
  @Roles('IT_DIRECTOR')
  addCalendarEvent(@Args('input') input: AddCalendarEventInput, @CurrentActor() actor: Actor) {
    return this.calendar.add(actor, input);
  }

  @Mutation(() => Boolean)
  @Roles('IT_DIRECTOR')
  removeCalendarEvent(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.calendar.remove(actor, id);
  }
}
