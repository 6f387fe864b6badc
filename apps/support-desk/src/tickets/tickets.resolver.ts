import { Args, ID, Int, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { ClsService } from 'nestjs-cls';
import { TicketQueueService } from './ticket-queue.service';
import { TicketsService } from './tickets.service';
import { Ticket, TicketConnection, TicketFilter, TicketSortEnum } from './tickets.types';

/** Reading tickets: one, the queue, and a Ticket another subgraph refers to. Mutations: ticket-work.resolver.ts. */
@Resolver(() => Ticket)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly queue: TicketQueueService,
    private readonly cls: ClsService,
  ) {}

  @Query(() => Ticket, { nullable: true, name: 'ticket' })
  @Can('USE_DESK')
  findTicket(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.tickets.get(actor, id);
  }

  @Query(() => TicketConnection, {
    name: 'tickets',
    description: 'The queue (the IT team) or your own requests (staff), soonest due first unless sorted otherwise',
  })
  @Can('USE_DESK')
  listTickets(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => TicketFilter, nullable: true }) filter?: TicketFilter,
    @Args('sort', { type: () => TicketSortEnum, nullable: true }) sort?: TicketSortEnum,
  ) {
    return this.queue.list(actor, first, after, filter ?? {}, sort ?? TicketSortEnum.DUE_SOONEST);
  }

  @ResolveReference()
  resolveReference(ref: { id: string }) {
    const actor = this.cls.get('actor') as Actor;
    return this.tickets.get(actor, ref.id);
  }
}
