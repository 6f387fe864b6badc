import { Injectable } from '@nestjs/common';
import { Actor, Clock, createLogger } from '@trustops/service-kit';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';
import { CalendarEventKindEnum } from './calendar.types';
import { DEFAULT_KINDS, defaultYear, defaultYears, startsInYear } from './default-calendar';

@Injectable()
export class DefaultCalendarService {
  private readonly logger = createLogger(DefaultCalendarService.name);

  constructor(
    private readonly events: CalendarRepository,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  /**
   * Gives a new school the trust's term pattern for this academic year and the next. Each event goes through
   * addCalendarEvent's path (audit row, `calendar.changed`), so the desk's SLA clocks and change management's
   * freezes see the school's terms as they see any other calendar change.
   */
  async giveDefault(actor: Actor, school: { id: string }): Promise<void> {
    for (const startYear of defaultYears(this.clock.now().toISOString().slice(0, 10))) {
      const others = await this.events.openSchoolPatterns(startsInYear(startYear), DEFAULT_KINDS);
      const year = defaultYear(
        startYear,
        others.filter((e) => e.schoolId !== school.id),
      );
      for (const e of year.events)
        await this.calendar.add(actor, { schoolId: school.id, ...e, kind: e.kind as CalendarEventKindEnum });
      this.logger.info(
        {
          schoolId: school.id,
          startYear,
          source: year.source,
          from: year.source === 'school' ? year.schoolId : null,
          events: year.events.length,
        },
        'default calendar given',
      );
    }
  }
}
