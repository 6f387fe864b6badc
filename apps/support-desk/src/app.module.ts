import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@trustops/service-kit';
import { SupportDeskInitial1764100000000 } from './migrations/1764100000000-support-desk-initial';
import { QueueIndexWithTiebreak1764200000000 } from './migrations/1764200000000-queue-index-with-tiebreak';
import { QueueIndexPerSchool1764300000000 } from './migrations/1764300000000-queue-index-per-school';
import { ReferencesService } from './references/references.service';
import { TicketEntity, TicketReplyEntity } from './tickets/ticket.entity';
import { TicketQueueService } from './tickets/ticket-queue.service';
import { TicketWorkService } from './tickets/ticket-work.service';
import { TicketsResolver } from './tickets/tickets.resolver';
import { TicketsService } from './tickets/tickets.service';

export const SUPPORT_DESK = {
  name: 'support-desk',
  schema: 'support_desk',
  defaultPort: 4002,
  entities: [TicketEntity, TicketReplyEntity],
  migrations: [SupportDeskInitial1764100000000, QueueIndexWithTiebreak1764200000000, QueueIndexPerSchool1764300000000],
};

@Module({
  imports: [ServiceKitModule.forService(SUPPORT_DESK)],
  providers: [TicketsResolver, TicketsService, TicketWorkService, TicketQueueService, ReferencesService],
})
export class AppModule {}
