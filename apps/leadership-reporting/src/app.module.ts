import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { BoardModule } from './board/board.module';
import { LiveModule } from './live/live.module';
import { LeadershipReportingInitial1765000000000 } from './migrations/1765000000000-leadership-reporting-initial';
import { SchoolRefClosedAt1765100000000 } from './migrations/1765100000000-school-ref-closed-at';
import { MemberRefStatus1765200000000 } from './migrations/1765200000000-member-ref-status';
import { MemberRefTokens1765300000000 } from './migrations/1765300000000-member-ref-tokens';
import { MemberRefEmail1765500000000 } from './migrations/1765500000000-member-ref-email';
import { PackModule } from './pack/pack.module';
import { RollupsModule } from './rollups/rollups.module';
import { S } from './schema';
import { SchedulesModule } from './schedules/schedules.module';

export const LEADERSHIP_REPORTING = {
  name: 'leadership-reporting',
  schema: S,
  defaultPort: 4005,
  entities: [],
  migrations: [
    LeadershipReportingInitial1765000000000,
    SchoolRefClosedAt1765100000000,
    MemberRefStatus1765200000000,
    MemberRefTokens1765300000000,
    MemberRefEmail1765500000000,
  ],
};

@Module({
  imports: [
    ServiceKitModule.forService(LEADERSHIP_REPORTING),
    RollupsModule,
    BoardModule,
    PackModule,
    SchedulesModule,
    LiveModule,
  ],
})
export class AppModule {}
