import { Module } from '@nestjs/common';
import { PackModule } from '../pack/pack.module';
import { PackMailer } from './pack-mailer';
import { SchedulesRepository } from './schedules.repository';
import { SchedulesResolver } from './schedules.resolver';
import { SchedulesService } from './schedules.service';

/** The board pack by email, weekly or monthly, to addresses the IT director names. */
@Module({
  imports: [PackModule],
  providers: [SchedulesResolver, SchedulesService, SchedulesRepository, PackMailer],
})
export class SchedulesModule {}
