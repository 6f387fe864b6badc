import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { Brackets } from 'typeorm';
import { CalendarEventEntity } from './calendar-event.entity';
import { DateRange } from './calendar-range';

export type NewCalendarEvent = Pick<CalendarEventEntity, 'schoolId' | 'kind' | 'title' | 'startsOn' | 'endsOn'>;

/** Calendar events of the caller's trust only (RLS). */
@Injectable()
export class CalendarRepository {
  constructor(private readonly db: TenantDb) {}

  /** The school's own events and the trust-wide ones that overlap `range`, by start, then kind. */
  overlapping(schoolId: string, range: DateRange): Promise<CalendarEventEntity[]> {
    return this.db
      .repo(CalendarEventEntity)
      .createQueryBuilder('e')
      .where(new Brackets((q) => q.where('e.school_id = :schoolId', { schoolId }).orWhere('e.school_id IS NULL')))
      .andWhere('e.ends_on >= :from AND e.starts_on <= :to', range)
      .orderBy('e.starts_on')
      .addOrderBy('e.kind')
      .getMany();
  }

  add(event: NewCalendarEvent): Promise<CalendarEventEntity> {
    const repo = this.db.repo(CalendarEventEntity);
    return repo.save(repo.create(event));
  }

  byId(id: string): Promise<CalendarEventEntity | null> {
    return this.db.repo(CalendarEventEntity).findOneBy({ id });
  }

  async remove(id: string): Promise<void> {
    await this.db.repo(CalendarEventEntity).delete({ id });
  }
}
