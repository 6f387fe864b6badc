import { Module } from '@nestjs/common';
import { SchoolsModule } from '../schools/schools.module';
import { CalendarRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { DefaultCalendarService } from './default-calendar.service';

@Module({
  imports: [SchoolsModule],
  providers: [CalendarResolver, CalendarService, CalendarRepository, DefaultCalendarService],
  exports: [DefaultCalendarService],
})
export class CalendarModule {}
