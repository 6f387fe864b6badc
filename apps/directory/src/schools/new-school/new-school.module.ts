import { Module } from '@nestjs/common';
import { CalendarModule } from '../../calendar/calendar.module';
import { SchoolsModule } from '../schools.module';
import { NewSchoolResolver } from './new-school.resolver';
import { NewSchoolService } from './new-school.service';

/** Adding a school spans two features (the school, then its default calendar), so it sits above both. */
@Module({
  imports: [SchoolsModule, CalendarModule],
  providers: [NewSchoolResolver, NewSchoolService],
})
export class NewSchoolModule {}
