import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { ArticlesModule } from './articles/articles.module';
import { AssetsModule } from './assets/assets.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { DirectoryCopiesModule } from './directory-copies/directory-copies.module';
import { EnablementModule } from './enablement/enablement.module';
import { SupportDeskInitial1764100000000 } from './migrations/1764100000000-support-desk-initial';
import { QueueIndexWithTiebreak1764200000000 } from './migrations/1764200000000-queue-index-with-tiebreak';
import { QueueIndexPerSchool1764300000000 } from './migrations/1764300000000-queue-index-per-school';
import { DeskSliceTwo1764400000000 } from './migrations/1764400000000-desk-slice-two';
import { TicketNumberSequences1764500000000 } from './migrations/1764500000000-ticket-number-sequences';
import { CreatedAtMilliseconds1764600000000 } from './migrations/1764600000000-created-at-milliseconds';
import { MemberEducatorLead1764700000000 } from './migrations/1764700000000-member-educator-lead';
import { SchoolCopiesForWatchers1764800000000 } from './migrations/1764800000000-school-copies-for-watchers';
import { IdempotencyKeys1764900000000 } from './migrations/1764900000000-idempotency-keys';
import { SchoolRefClosedAt1765100000000 } from './migrations/1765100000000-school-ref-closed-at';
import { MemberRefStatus1765200000000 } from './migrations/1765200000000-member-ref-status';
import { MemberRefTokens1765300000000 } from './migrations/1765300000000-member-ref-tokens';
import { MemberRefEmail1765500000000 } from './migrations/1765500000000-member-ref-email';
import { RoutingModule } from './routing/routing.module';
import { TicketEntity, TicketReplyEntity } from './tickets/ticket.entity';
import { TicketsModule } from './tickets/tickets.module';

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
    SchoolRefClosedAt1765100000000,
    MemberRefStatus1765200000000,
    MemberRefTokens1765300000000,
    MemberRefEmail1765500000000,
  ],
  liveEvents: ['ticket.'],
};

@Module({
  imports: [
    ServiceKitModule.forService(SUPPORT_DESK),
    DirectoryCopiesModule,
    TicketsModule,
    RoutingModule,
    AssetsModule,
    ArticlesModule,
    AttachmentsModule,
    EnablementModule,
  ],
})
export class AppModule {}
