import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Actor, CurrentActor, Roles, TenantDb } from '@trustops/service-kit';
import { ClsService } from 'nestjs-cls';
import { TicketEntity, TicketReplyEntity } from './ticket.entity';
import { TicketQueueService } from './ticket-queue.service';
import { TicketWorkService } from './ticket-work.service';
import { slaStateOf } from './ticket-rules';
import { TicketsService, WORKERS } from './tickets.service';
import { RaiseTicketInput, School, Sla, SlaStateEnum, Ticket, TicketConnection, TicketFilter, TicketReply, TicketStatusEnum, User } from './tickets.types';

const ANYONE_BUT_READERS = ['STAFF', 'TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR', 'EXECUTIVE'] as const;

@Resolver(() => Ticket)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly work: TicketWorkService,
    private readonly queue: TicketQueueService,
    private readonly db: TenantDb,
    private readonly cls: ClsService,
  ) {}

  @Query(() => Ticket, { nullable: true, name: 'ticket' })
  @Roles(...ANYONE_BUT_READERS)
  findTicket(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor) {
    return this.tickets.get(actor, id);
  }

  @Query(() => TicketConnection, { name: 'tickets', description: 'The queue (the IT team) or your own requests (staff), soonest due first' })
  @Roles(...ANYONE_BUT_READERS)
  listTickets(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => TicketFilter, nullable: true }) filter?: TicketFilter,
  ) {
    return this.queue.list(actor, first, after, filter ?? {});
  }

  @Mutation(() => Ticket)
  @Roles(...ANYONE_BUT_READERS)
  raiseTicket(@Args('input') input: RaiseTicketInput, @CurrentActor() actor: Actor) {
    return this.tickets.raise(actor, input);
  }

  @Mutation(() => Ticket)
  @Roles(...WORKERS)
  assignTicket(@Args('ticketId', { type: () => ID }) ticketId: string, @Args('assigneeId', { type: () => ID }) assigneeId: string, @CurrentActor() actor: Actor) {
    return this.work.assign(actor, ticketId, assigneeId);
  }

  @Mutation(() => Ticket)
  @Roles(...ANYONE_BUT_READERS)
  changeTicketStatus(@Args('ticketId', { type: () => ID }) ticketId: string, @Args('status', { type: () => TicketStatusEnum }) status: TicketStatusEnum, @CurrentActor() actor: Actor) {
    return this.work.changeStatus(actor, ticketId, status);
  }

  @Mutation(() => TicketReply)
  @Roles(...ANYONE_BUT_READERS)
  replyToTicket(
    @Args('ticketId', { type: () => ID }) ticketId: string, @Args('body') body: string,
    @Args('internal', { type: () => Boolean, nullable: true }) internal: boolean | null, @CurrentActor() actor: Actor,
  ) {
    return this.work.reply(actor, ticketId, body, internal ?? false).then((r) => ({ ...r, author: { id: r.authorId } }));
  }

  @Mutation(() => Ticket)
  @Roles(...ANYONE_BUT_READERS)
  rateTicket(
    @Args('ticketId', { type: () => ID }) ticketId: string, @Args('score', { type: () => Int }) score: number,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null, @CurrentActor() actor: Actor,
  ) {
    return this.work.rate(actor, ticketId, score, comment);
  }

  @Mutation(() => Ticket)
  @Roles(...WORKERS)
  linkTicket(@Args('childId', { type: () => ID }) childId: string, @Args('parentId', { type: () => ID }) parentId: string, @CurrentActor() actor: Actor) {
    return this.work.link(actor, childId, parentId);
  }

  @ResolveField(() => School)
  school(@Parent() t: TicketEntity) { return { id: t.schoolId }; }

  @ResolveField(() => User)
  requester(@Parent() t: TicketEntity) { return { id: t.requesterId }; }

  @ResolveField(() => User, { nullable: true })
  assignee(@Parent() t: TicketEntity) { return t.assigneeId ? { id: t.assigneeId } : null; }

  @ResolveField(() => Ticket, { nullable: true })
  parent(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) { return t.parentId ? this.tickets.get(actor, t.parentId) : null; }

  @ResolveField(() => [Ticket])
  children(@Parent() t: TicketEntity) { return this.db.repo(TicketEntity).find({ where: { parentId: t.id }, order: { createdAt: 'ASC' } }); }

  @ResolveField(() => Sla)
  sla(@Parent() t: TicketEntity): Sla {
    const now = new Date();
    return {
      state: slaStateOf(t, now) as SlaStateEnum, firstResponseDueAt: t.firstResponseDueAt, firstRespondedAt: t.firstRespondedAt,
      resolutionDueAt: t.resolutionDueAt, resolutionMinutesLeft: Math.round((t.resolutionDueAt.getTime() - now.getTime()) / 60_000),
    };
  }

  /** Internal notes never reach the requester (or any non-IT role). */
  @ResolveField(() => [TicketReply])
  async replies(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    const rows = await this.db.repo(TicketReplyEntity).find({ where: { ticketId: t.id }, order: { createdAt: 'ASC' } });
    return rows.filter((r) => !r.internal || WORKERS.includes(actor.role)).map((r) => ({ ...r, author: { id: r.authorId } }));
  }

  @ResolveReference()
  resolveReference(ref: { id: string }) {
    const actor = this.cls.get('actor') as Actor;
    return this.tickets.get(actor, ref.id);
  }
}
