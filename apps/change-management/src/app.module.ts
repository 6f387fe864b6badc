import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { ChangeApprovalService } from './changes/change-approval.service';
import { ChangeConsentService } from './changes/change-consent.service';
import { ChangeSchedulingService } from './changes/change-scheduling.service';
import { ChangesResolver } from './changes/changes.resolver';
import { ChangesService } from './changes/changes.service';
import { EventsService } from './events.service';
import { IncidentWatchService } from './incidents/incident-watch.service';
import { IncidentsResolver } from './incidents/incidents.resolver';
import { IncidentsService } from './incidents/incidents.service';
import { ReviewsService } from './incidents/reviews.service';
import { ChangeManagementInitial1764800000000 } from './migrations/1764800000000-change-management-initial';
import { IdempotencyKeys1764810000000 } from './migrations/1764810000000-idempotency-keys';
import { DirectoryConsumerService } from './references/directory-consumer.service';
import { ReferencesService } from './references/references.service';
import { ApprovedAppsService } from './requests/approved-apps.service';
import { RequestsResolver } from './requests/requests.resolver';
import { RequestsService } from './requests/requests.service';

export const CHANGE_MANAGEMENT = {
  name: 'change-management',
  schema: 'change_management',
  defaultPort: 4003,
  entities: [],
  migrations: [ChangeManagementInitial1764800000000, IdempotencyKeys1764810000000],
};

@Module({
  imports: [ServiceKitModule.forService(CHANGE_MANAGEMENT)],
  providers: [
    ReferencesService,
    EventsService,
    DirectoryConsumerService,
    RequestsResolver,
    RequestsService,
    ApprovedAppsService,
    ChangesResolver,
    ChangesService,
    ChangeApprovalService,
    ChangeSchedulingService,
    ChangeConsentService,
    IncidentsResolver,
    IncidentsService,
    ReviewsService,
    IncidentWatchService,
  ],
})
export class AppModule {}
