import { CalendarChanged } from '@trustops/contracts';
import { Injectable } from '@nestjs/common';
import { Actor, AuditService, Clock, OutboxService, text } from '@trustops/service-kit';
import { SchoolsService } from '../schools/schools.service';
import { CalendarEventEntity } from './calendar-event.entity';
import { calendarRange } from './calendar-range';
import { calendarEventNotFound } from './calendar.errors';
import { CalendarRepository } from './calendar.repository';
import { AddCalendarEventInput } from './calendar.types';

@Injectable()
export class CalendarService {
  constructor(
    private readonly events: CalendarRepository,
    private readonly schools: SchoolsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** The school's own events and the trust-wide ones that overlap [from, to]; the default is this academic year. */
  async forSchool(
    actor: Actor,
    schoolId: string,
    from?: string | null,
    to?: string | null,
  ): Promise<CalendarEventEntity[]> {
    await this.schools.require(actor, schoolId);
    return this.events.overlapping(schoolId, calendarRange(from ?? null, to ?? null, this.today()));
  }

  async add(actor: Actor, input: AddCalendarEventInput): Promise<CalendarEventEntity> {
    const title = text('title', input.title, 'title');
    calendarRange(input.startsOn, input.endsOn, this.today());
    if (input.schoolId) await this.schools.require(actor, input.schoolId);
    const event = await this.events.add({
      schoolId: input.schoolId ?? null,
      kind: input.kind,
      title,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
    await this.audit.record({ entity: 'calendar_event', entityId: event.id, action: 'added', after: event });
    await this.outbox.add('calendar.changed', calendarChanged(event, 'added'));
    return event;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const event = await this.events.byId(id);
    if (!event || (event.schoolId && actor.schoolIds && !actor.schoolIds.includes(event.schoolId))) {
      throw calendarEventNotFound(id);
    }
    await this.events.remove(id);
    await this.audit.record({ entity: 'calendar_event', entityId: id, action: 'removed', before: event });
    await this.outbox.add('calendar.changed', calendarChanged(event, 'removed'));
    return true;
  }

  /** Today in UTC, as the calendar's dates are stored. */
  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}

/** The whole event travels, so consumers keep their copy without calling back. */
const calendarChanged = (e: CalendarEventEntity, action: CalendarChanged['action']): CalendarChanged => ({
  schoolId: e.schoolId,
  eventId: e.id,
  action,
  kind: e.kind,
  title: e.title,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
});
