import { CalendarChanged } from '@trustops/contracts';
import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, notFound, OutboxService, TenantDb } from '@trustops/service-kit';
import { Brackets } from 'typeorm';
import { SchoolsService } from '../schools/schools.service';
import { CalendarEventEntity } from './calendar-event.entity';
import { AddCalendarEventInput } from './calendar.types';

const MAX_RANGE_DAYS = 800;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

@Injectable()
export class CalendarService {
  constructor(
    private readonly db: TenantDb,
    private readonly schools: SchoolsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** The school's own events and the trust-wide ones that overlap [from, to]; the default is this academic year. */
  async forSchool(
    actor: Actor,
    schoolId: string,
    from?: string | null,
    to?: string | null,
  ): Promise<CalendarEventEntity[]> {
    await this.schools.require(actor, schoolId);
    const range = checkRange(from ?? null, to ?? null);
    return this.db
      .repo(CalendarEventEntity)
      .createQueryBuilder('e')
      .where(new Brackets((q) => q.where('e.school_id = :schoolId', { schoolId }).orWhere('e.school_id IS NULL')))
      .andWhere('e.ends_on >= :from AND e.starts_on <= :to', range)
      .orderBy('e.starts_on')
      .addOrderBy('e.kind')
      .getMany();
  }

  async add(actor: Actor, input: AddCalendarEventInput): Promise<CalendarEventEntity> {
    if (!input.title.trim()) throw badInput('Give the event a title, e.g. "INSET day"', { field: 'title' });
    checkRange(input.startsOn, input.endsOn);
    if (input.schoolId) await this.schools.require(actor, input.schoolId);
    const repo = this.db.repo(CalendarEventEntity);
    const event = await repo.save(
      repo.create({ ...input, title: input.title.trim(), schoolId: input.schoolId ?? null }),
    );
    await this.audit.record({ entity: 'calendar_event', entityId: event.id, action: 'added', after: event });
    await this.outbox.add('calendar.changed', calendarChanged(event, 'added'));
    return event;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const repo = this.db.repo(CalendarEventEntity);
    const event = await repo.findOneBy({ id });
    if (!event || (event.schoolId && actor.schoolIds && !actor.schoolIds.includes(event.schoolId))) {
      throw notFound('CALENDAR_EVENT_NOT_FOUND', 'No calendar event with that id in your trust', { id });
    }
    await repo.delete({ id });
    await this.audit.record({ entity: 'calendar_event', entityId: id, action: 'removed', before: event });
    await this.outbox.add('calendar.changed', calendarChanged(event, 'removed'));
    return true;
  }
}

function checkRange(from: string | null, to: string | null): { from: string; to: string } {
  const today = new Date().toISOString().slice(0, 10);
  const start = from ?? to ?? today;
  const end = to ?? from ?? today;
  const range = from || to ? { from: start, to: end } : academicYearAround(today);
  if (dayNumber(range.to) < dayNumber(range.from)) throw badInput('"to" must be on or after "from"', { field: 'to' });
  if (dayNumber(range.to) - dayNumber(range.from) > MAX_RANGE_DAYS)
    throw badInput(`Ask for at most ${MAX_RANGE_DAYS} days at a time`, { field: 'to' });
  return range;
}

function academicYearAround(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const start = month >= 8 ? year : year - 1;
  return { from: `${start}-08-01`, to: `${start + 1}-08-31` };
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
