import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { Brackets } from 'typeorm';
import { CalendarEventEntity } from './calendar-event.entity';
import { DateRange } from './calendar-range';
import { PatternEvent } from './default-calendar';

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

  /**
   * The events of `kinds` that open schools of the trust keep (not trust-wide ones) and that start in `range`:
   * the patterns a new school can take its calendar from.
   */
  async openSchoolPatterns(range: DateRange, kinds: readonly string[]): Promise<PatternEvent[]> {
    return this.db.em().query(
      `SELECT e.school_id AS "schoolId", e.kind, e.title, to_char(e.starts_on, 'YYYY-MM-DD') AS "startsOn",
         to_char(e.ends_on, 'YYYY-MM-DD') AS "endsOn"
       FROM directory.calendar_event e JOIN directory.school s ON s.id = e.school_id AND s.closed_at IS NULL
       WHERE e.kind = ANY($1) AND e.starts_on BETWEEN $2 AND $3`,
      [kinds, range.from, range.to],
    );
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
