import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { TicketEntity } from '../tickets/ticket.entity';
import { Ticket } from '../tickets/tickets.types';
import { AttachmentsService } from './attachments.service';
import { Attachment } from './attachments.types';

/** Ticket.attachments, added to the Ticket type by the attachments feature. */
@Resolver(() => Ticket)
export class TicketAttachmentsResolver {
  constructor(private readonly files: AttachmentsService) {}

  @ResolveField(() => [Attachment])
  attachments(@Parent() t: TicketEntity) {
    return this.files.list(t.id);
  }
}
