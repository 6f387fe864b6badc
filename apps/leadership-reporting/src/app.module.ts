import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { BoardResolver } from './board/board.resolver';
import { BoardService } from './board/board.service';
import { LeadershipReportingInitial1765000000000 } from './migrations/1765000000000-leadership-reporting-initial';
import { S } from './rollups/apply-event';
import { ReportingConsumerService } from './rollups/reporting-consumer.service';
import { PackController } from './pack/pack.controller';
import { BoardLiveController } from './live/board-live.controller';
import { PackDataService } from './pack/pack-data';
import { SchedulesResolver } from './schedules/schedules.resolver';
import { SchedulesService } from './schedules/schedules.service';

export const LEADERSHIP_REPORTING = {
  name: 'leadership-reporting',
  schema: S,
  defaultPort: 4005,
  entities: [],
  migrations: [LeadershipReportingInitial1765000000000],
};

@Module({
  imports: [ServiceKitModule.forService(LEADERSHIP_REPORTING)],
  controllers: [PackController, BoardLiveController],
  providers: [
    BoardResolver,
    BoardService,
    ReportingConsumerService,
    PackDataService,
    SchedulesService,
    SchedulesResolver,
  ],
})
export class AppModule {}
