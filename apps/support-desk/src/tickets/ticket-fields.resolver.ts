import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@trustops/service-kit';
import { TicketEntity } from './ticket.entity';
import { TicketDetailsService } from './ticket-details.service';
import { TicketWorkService } from './ticket-work.service';
import { TicketsService } from './tickets.service';
import { School, Sla, Ticket, TicketEvent, TicketReply, TicketStatusEnum, User } from './tickets.types';

/** The fields of a Ticket that need more than its row: references, SLA figures, conversation, history, moves. */
@Resolver(() => Ticket)
export class TicketFieldsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly details: TicketDetailsService,
    private readonly work: TicketWorkService,
  ) {}

  @ResolveField(() => School)
  school(@Parent() t: TicketEntity) {
    return { id: t.schoolId };
  }

  @ResolveField(() => User)
  requester(@Parent() t: TicketEntity) {
    return { id: t.requesterId };
  }

  @ResolveField(() => User, { nullable: true })
  assignee(@Parent() t: TicketEntity) {
    return t.assigneeId ? { id: t.assigneeId } : null;
  }

  @ResolveField(() => Ticket, { nullable: true })
  parent(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    return t.parentId ? this.tickets.get(actor, t.parentId) : null;
  }

  @ResolveField(() => [Ticket])
  children(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    return this.details.children(actor, t);
  }

  @ResolveField(() => Sla)
  sla(@Parent() t: TicketEntity): Promise<Sla> {
    return this.details.sla(t);
  }

  @ResolveField(() => [TicketReply])
  async replies(@Parent() t: TicketEntity, @CurrentActor() actor: Actor): Promise<TicketReply[]> {
    return (await this.details.replies(actor, t)).map((r) => ({ ...r, author: { id: r.authorId } }));
  }

  @ResolveField(() => [TicketEvent], { description: 'Status, assignment and SLA alerts, oldest first' })
  history(@Parent() t: TicketEntity): Promise<TicketEvent[]> {
    return this.details.history(t);
  }

  @ResolveField(() => [TicketStatusEnum], {
    description:
      'The statuses you may move this ticket to now (changeTicketStatus accepts exactly these): every move of the flow for the IT team; reopen or close a resolved ticket for its requester; none for anyone else',
  })
  allowedMoves(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    return this.work.allowedMoves(actor, t);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may rate this ticket now: its requester, once it is resolved or closed, once',
  })
  canRate(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    return this.work.canRate(actor, t);
  }
}
