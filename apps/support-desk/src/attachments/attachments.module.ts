import { Module } from '@nestjs/common';
import { TicketsModule } from '../tickets/tickets.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { TicketAttachmentsResolver } from './ticket-attachments.resolver';

@Module({
  imports: [TicketsModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsRepository, TicketAttachmentsResolver],
})
export class AttachmentsModule {}
