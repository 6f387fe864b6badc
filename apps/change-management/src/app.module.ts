import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { ApprovedAppsModule } from './approved-apps/approved-apps.module';
import { ChangesModule } from './changes/changes.module';
import { DirectoryCopiesModule } from './directory-copies/directory-copies.module';
import { IncidentsModule } from './incidents/incidents.module';
import { ChangeManagementInitial1764800000000 } from './migrations/1764800000000-change-management-initial';
import { IdempotencyKeys1764810000000 } from './migrations/1764810000000-idempotency-keys';
import { SchoolRefClosedAt1765100000000 } from './migrations/1765100000000-school-ref-closed-at';
import { MemberRefStatus1765200000000 } from './migrations/1765200000000-member-ref-status';
import { MemberRefTokens1765300000000 } from './migrations/1765300000000-member-ref-tokens';
import { MemberRefEmail1765500000000 } from './migrations/1765500000000-member-ref-email';
import { RequestsModule } from './requests/requests.module';
import { SCHEMA } from './service-schema';

export const CHANGE_MANAGEMENT = {
  name: 'change-management',
  schema: SCHEMA,
  defaultPort: 4003,
  entities: [],
  migrations: [
    ChangeManagementInitial1764800000000,
    IdempotencyKeys1764810000000,
    SchoolRefClosedAt1765100000000,
    MemberRefStatus1765200000000,
    MemberRefTokens1765300000000,
    MemberRefEmail1765500000000,
  ],
};

@Module({
  imports: [
    ServiceKitModule.forService(CHANGE_MANAGEMENT),
    DirectoryCopiesModule,
    RequestsModule,
    ApprovedAppsModule,
    ChangesModule,
    IncidentsModule,
  ],
})
export class AppModule {}
