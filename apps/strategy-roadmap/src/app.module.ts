import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { DirectoryCopiesModule } from './directory-copies/directory-copies.module';
import { EventsModule } from './events/events.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { StrategyRoadmapInitial1764900000000 } from './migrations/1764900000000-strategy-roadmap-initial';
import { SchoolRefClosedAt1765100000000 } from './migrations/1765100000000-school-ref-closed-at';
import { MemberRefStatus1765200000000 } from './migrations/1765200000000-member-ref-status';
import { MemberRefTokens1765300000000 } from './migrations/1765300000000-member-ref-tokens';
import { MemberRefEmail1765500000000 } from './migrations/1765500000000-member-ref-email';
import { ObjectivesModule } from './objectives/objectives.module';
import { RefreshModule } from './refresh/refresh.module';
import { RisksModule } from './risks/risks.module';
import { SCHEMA } from './roadmap-schema';
import { StandardsModule } from './standards/standards.module';

export const STRATEGY_ROADMAP = {
  name: 'strategy-roadmap',
  schema: SCHEMA,
  defaultPort: 4004,
  entities: [],
  migrations: [
    StrategyRoadmapInitial1764900000000,
    SchoolRefClosedAt1765100000000,
    MemberRefStatus1765200000000,
    MemberRefTokens1765300000000,
    MemberRefEmail1765500000000,
  ],
};

@Module({
  imports: [
    ServiceKitModule.forService(STRATEGY_ROADMAP),
    DirectoryCopiesModule,
    EventsModule,
    ObjectivesModule,
    InitiativesModule,
    StandardsModule,
    RisksModule,
    RefreshModule,
  ],
})
export class AppModule {}
