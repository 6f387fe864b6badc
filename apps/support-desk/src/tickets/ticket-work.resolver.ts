import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, IdempotencyKey, IdempotencyService } from '@trustops/service-kit';
import { TicketWorkService } from './ticket-work.service';
import { TicketsService } from './tickets.service';
import { RaiseTicketInput, Ticket, TicketReply, TicketStatusEnum } from './tickets.types';

/** Raising and working tickets; create mutations take an Idempotency-Key so a retry writes once. */
@Resolver(() => Ticket)
export class TicketWorkResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly work: TicketWorkService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Mutation(() => Ticket)
  @Can('USE_DESK')
  raiseTicket(
    @Args('input') input: RaiseTicketInput,
    @IdempotencyKey() key: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.idempotency.once({
      key,
      operation: 'raiseTicket',
      input,
      create: () => this.tickets.raise(actor, input),
      idOf: (t) => t.id,
      load: (id) => this.tickets.get(actor, id),
    });
  }

  @Mutation(() => Ticket)
  @Can('WORK_TICKETS')
  assignTicket(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('assigneeId', { type: () => ID }) assigneeId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.assign(actor, ticketId, assigneeId);
  }

  @Mutation(() => Ticket)
  @Can('USE_DESK')
  changeTicketStatus(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('status', { type: () => TicketStatusEnum }) status: TicketStatusEnum,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.changeStatus(actor, ticketId, status);
  }

  @Mutation(() => TicketReply)
  @Can('USE_DESK')
  async replyToTicket(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('body') body: string,
    @Args('internal', { type: () => Boolean, nullable: true }) internal: boolean | null,
    @IdempotencyKey() key: string | null,
    @CurrentActor() actor: Actor,
  ) {
    const reply = await this.idempotency.once({
      key,
      operation: 'replyToTicket',
      input: { ticketId, body, internal: internal ?? false },
      create: () => this.work.reply(actor, ticketId, body, internal ?? false),
      idOf: (r) => r.id,
      load: (id) => this.work.replyAgain(actor, ticketId, id),
    });
    return { ...reply, author: { id: reply.authorId } };
  }

  @Mutation(() => Ticket)
  @Can('USE_DESK')
  rateTicket(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('score', { type: () => Int }) score: number,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.rate(actor, ticketId, score, comment);
  }

  @Mutation(() => Ticket)
  @Can('WORK_TICKETS')
  linkTicket(
    @Args('childId', { type: () => ID }) childId: string,
    @Args('parentId', { type: () => ID }) parentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.link(actor, childId, parentId);
  }

  @Mutation(() => Ticket, {
    description: 'Link the device the ticket is about (an asset of the same school), or unlink with null',
  })
  @Can('WORK_TICKETS')
  linkTicketAsset(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('assetId', { type: () => ID, nullable: true }) assetId: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.linkAsset(actor, ticketId, assetId ?? null);
  }
}
