import { Args, ID, Int, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Actor, CurrentActor, IdempotencyKey, IdempotencyService, Roles } from '@trustops/service-kit';
import { ClsService } from 'nestjs-cls';
import { TicketQueueService } from './ticket-queue.service';
import { TicketWorkService } from './ticket-work.service';
import { TicketsService, WORKERS } from './tickets.service';
import {
  RaiseTicketInput,
  Ticket,
  TicketConnection,
  TicketFilter,
  TicketReply,
  TicketSortEnum,
  TicketStatusEnum,
} from './tickets.types';

const ANYONE_BUT_READERS = ['STAFF', 'TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR', 'EXECUTIVE'] as const;

@Resolver(() => Ticket)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly work: TicketWorkService,
    private readonly queue: TicketQueueService,
    private readonly cls: ClsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => Ticket, { nullable: true, name: 'ticket' })
  @Roles(...ANYONE_BUT_READERS)
  findTicket(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.tickets.get(actor, id);
  }

  @Query(() => TicketConnection, {
    name: 'tickets',
    description: 'The queue (the IT team) or your own requests (staff), soonest due first unless sorted otherwise',
  })
  @Roles(...ANYONE_BUT_READERS)
  listTickets(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => TicketFilter, nullable: true }) filter?: TicketFilter,
    @Args('sort', { type: () => TicketSortEnum, nullable: true }) sort?: TicketSortEnum,
  ) {
    return this.queue.list(actor, first, after, filter ?? {}, sort ?? TicketSortEnum.DUE_SOONEST);
  }

  @Mutation(() => Ticket)
  @Roles(...ANYONE_BUT_READERS)
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
  @Roles(...WORKERS)
  assignTicket(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('assigneeId', { type: () => ID }) assigneeId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.assign(actor, ticketId, assigneeId);
  }

  @Mutation(() => Ticket)
  @Roles(...ANYONE_BUT_READERS)
  changeTicketStatus(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('status', { type: () => TicketStatusEnum }) status: TicketStatusEnum,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.changeStatus(actor, ticketId, status);
  }

  @Mutation(() => TicketReply)
  @Roles(...ANYONE_BUT_READERS)
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
      load: async (id) => (await this.tickets.require(actor, ticketId)) && this.work.getReply(id),
    });
    return { ...reply, author: { id: reply.authorId } };
  }

  @Mutation(() => Ticket)
  @Roles(...ANYONE_BUT_READERS)
  rateTicket(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('score', { type: () => Int }) score: number,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.rate(actor, ticketId, score, comment);
  }

  @Mutation(() => Ticket)
  @Roles(...WORKERS)
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
  @Roles(...WORKERS)
  linkTicketAsset(
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('assetId', { type: () => ID, nullable: true }) assetId: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return this.work.linkAsset(actor, ticketId, assetId ?? null);
  }

  @ResolveReference()
  resolveReference(ref: { id: string }) {
    const actor = this.cls.get('actor') as Actor;
    return this.tickets.get(actor, ref.id);
  }
}
