import { Module } from '@nestjs/common';
import { AssetsModule } from '../assets/assets.module';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { RoutingModule } from '../routing/routing.module';
import { SlaModule } from './sla/sla.module';
import { TicketDetailsService } from './ticket-details.service';
import { TicketEventsService } from './ticket-events.service';
import { TicketFieldsResolver } from './ticket-fields.resolver';
import { TicketQueueRepository } from './ticket-queue.repository';
import { TicketQueueService } from './ticket-queue.service';
import { TicketStepsService } from './ticket-steps.service';
import { TicketWorkResolver } from './ticket-work.resolver';
import { TicketWorkService } from './ticket-work.service';
import { TicketsLiveController } from './tickets-live.controller';
import { TicketsRepository } from './tickets.repository';
import { TicketsResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';

/** Tickets: raise, the queue, working them, their details, and the live signal. Attachments build on it. */
@Module({
  imports: [DirectoryCopiesModule, SlaModule, RoutingModule, AssetsModule],
  controllers: [TicketsLiveController],
  providers: [
    TicketsResolver,
    TicketWorkResolver,
    TicketFieldsResolver,
    TicketsService,
    TicketWorkService,
    TicketStepsService,
    TicketDetailsService,
    TicketQueueService,
    TicketsRepository,
    TicketQueueRepository,
    TicketEventsService,
  ],
  exports: [TicketsService, TicketWorkService, TicketEventsService],
})
export class TicketsModule {}
