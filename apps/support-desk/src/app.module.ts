import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { AssetsResolver } from './assets/assets.resolver';
import { AssetsService } from './assets/assets.service';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { InsightsResolver } from './insights/insights.resolver';
import { ArticlesResolver } from './knowledge/articles.resolver';
import { ArticlesService } from './knowledge/articles.service';
import { SupportDeskInitial1764100000000 } from './migrations/1764100000000-support-desk-initial';
import { QueueIndexWithTiebreak1764200000000 } from './migrations/1764200000000-queue-index-with-tiebreak';
import { QueueIndexPerSchool1764300000000 } from './migrations/1764300000000-queue-index-per-school';
import { DeskSliceTwo1764400000000 } from './migrations/1764400000000-desk-slice-two';
import { TicketNumberSequences1764500000000 } from './migrations/1764500000000-ticket-number-sequences';
import { CreatedAtMilliseconds1764600000000 } from './migrations/1764600000000-created-at-milliseconds';
import { MemberEducatorLead1764700000000 } from './migrations/1764700000000-member-educator-lead';
import { SchoolCopiesForWatchers1764800000000 } from './migrations/1764800000000-school-copies-for-watchers';
import { IdempotencyKeys1764900000000 } from './migrations/1764900000000-idempotency-keys';
import { TicketsLiveController } from './live/tickets-live.controller';
import { DirectoryConsumerService } from './references/directory-consumer.service';
import { ReferenceCache } from './references/reference-cache';
import { ReferencesService } from './references/references.service';
import { RoutingResolver } from './routing/routing.resolver';
import { RoutingService } from './routing/routing.service';
import { SlaTargetsResolver } from './tickets/sla/sla-targets.resolver';
import { SlaTargetsService } from './tickets/sla/sla-targets.service';
import { SlaWatchService } from './tickets/sla/sla-watch.service';
import { TicketEntity, TicketReplyEntity } from './tickets/ticket.entity';
import { TicketEventsService } from './tickets/ticket-events.service';
import { TicketFieldsResolver } from './tickets/ticket-fields.resolver';
import { TicketQueueService } from './tickets/ticket-queue.service';
import { TicketWorkService } from './tickets/ticket-work.service';
import { TicketsResolver } from './tickets/tickets.resolver';
import { TicketsService } from './tickets/tickets.service';

export const SUPPORT_DESK = {
  name: 'support-desk',
  schema: 'support_desk',
  defaultPort: 4002,
  entities: [TicketEntity, TicketReplyEntity],
  migrations: [
    SupportDeskInitial1764100000000,
    QueueIndexWithTiebreak1764200000000,
    QueueIndexPerSchool1764300000000,
    DeskSliceTwo1764400000000,
    TicketNumberSequences1764500000000,
    CreatedAtMilliseconds1764600000000,
    MemberEducatorLead1764700000000,
    SchoolCopiesForWatchers1764800000000,
    IdempotencyKeys1764900000000,
  ],
  liveEvents: ['ticket.'],
};

@Module({
  imports: [ServiceKitModule.forService(SUPPORT_DESK)],
  controllers: [AttachmentsController, TicketsLiveController],
  providers: [
    TicketsResolver,
    TicketFieldsResolver,
    TicketsService,
    TicketWorkService,
    TicketQueueService,
    ReferencesService,
    ReferenceCache,
    SlaTargetsResolver,
    SlaTargetsService,
    SlaWatchService,
    RoutingResolver,
    RoutingService,
    AssetsResolver,
    AssetsService,
    ArticlesResolver,
    ArticlesService,
    AttachmentsService,
    InsightsResolver,
    DirectoryConsumerService,
    TicketEventsService,
  ],
})
export class AppModule {}
