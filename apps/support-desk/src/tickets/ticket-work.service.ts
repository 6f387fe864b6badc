import { Injectable } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { Actor, badInput, Clock, forbidden, isUuid, optionalText, text } from '@trustops/service-kit';
import { AssetsService } from '../assets/assets.service';
import { RoutingService } from '../routing/routing.service';
import { TicketEntity, TicketReplyEntity } from './ticket.entity';
import { TicketEventsService } from './ticket-events.service';
import { allowedMoves, Check, checkRate, checkStatusChange, WORK_TICKETS_REFUSAL } from './ticket-permissions';
import { TicketStatus } from './ticket-rules';
import { TicketStepsService } from './ticket-steps.service';
import { ticketErrors, ticketNotFound } from './tickets.errors';
import { TicketsRepository } from './tickets.repository';
import { TicketsService } from './tickets.service';

/** A refusal from ticket-permissions as the error the API gives. */
function refuse(check: Check, details: Record<string, unknown>, forbiddenDetails?: Record<string, unknown>): void {
  if (check.ok) return;
  if (check.category === 'FORBIDDEN') throw forbidden(check.reason, forbiddenDetails);
  throw ticketErrors.error(check.code, check.reason, details);
}

/** Working a ticket: who may assign, move, reply, rate and link, and then the step itself. */
@Injectable()
export class TicketWorkService {
  constructor(
    private readonly tickets: TicketsService,
    private readonly steps: TicketStepsService,
    private readonly repo: TicketsRepository,
    private readonly events: TicketEventsService,
    private readonly routing: RoutingService,
    private readonly assets: AssetsService,
    private readonly clock: Clock,
  ) {}

  async assign(actor: Actor, ticketId: string, assigneeId: string): Promise<TicketEntity> {
    this.tickets.requireWorker(actor);
    if (!isUuid(assigneeId)) throw badInput('assigneeId is not a user id', { field: 'assigneeId' });
    const ticket = await this.tickets.require(actor, ticketId);
    if (ticket.status === 'CLOSED')
      throw ticketErrors.error('TICKET_CLOSED', 'A closed ticket cannot be reassigned', { ticketId });
    await this.routing.requireHolder(assigneeId, ticket.schoolId);
    const before = { assigneeId: ticket.assigneeId, status: ticket.status };
    ticket.assigneeId = assigneeId;
    if (ticket.status === 'NEW') ticket.status = 'OPEN';
    await this.steps.save(ticket, 'assigned', before, { assigneeId, status: ticket.status });
    await this.events.emit('ticket.assigned', { ticketId, schoolId: ticket.schoolId, assigneeId });
    return ticket;
  }

  /** The statuses the caller may move the ticket to now: what changeStatus would accept. */
  allowedMoves(actor: Actor, ticket: TicketEntity): TicketStatus[] {
    return allowedMoves(actor, ticket, this.clock.now());
  }

  /** `now` is the clock's unless a seed backdates the move. */
  async changeStatus(
    actor: Actor,
    ticketId: string,
    status: TicketStatus,
    now = this.clock.now(),
  ): Promise<TicketEntity> {
    const ticket = await this.tickets.require(actor, ticketId);
    refuse(checkStatusChange(actor, ticket, status, now), { from: ticket.status, to: status }, WORK_TICKETS_REFUSAL);
    return this.steps.moveStatus(ticket, status, now, actor.userId);
  }

  async reply(
    actor: Actor,
    ticketId: string,
    body: string,
    internal: boolean,
    now = this.clock.now(),
  ): Promise<TicketReplyEntity> {
    // Stored as written (a reply's layout is the author's); only checked as the trimmed text.
    text('body', body, 'description', { label: 'A reply' });
    const ticket = await this.tickets.require(actor, ticketId);
    const worker = can(actor.role, 'WORK_TICKETS');
    if (internal && !worker) throw forbidden('Only the IT team writes internal notes');
    if (ticket.status === 'CLOSED')
      throw ticketErrors.error('TICKET_CLOSED', 'This ticket is closed; raise a new one and mention its number', {
        ticketId,
      });
    const fromTeam = worker && ticket.requesterId !== actor.userId;
    const reply = await this.steps.addReply(ticket, { authorId: actor.userId, body, internal, fromTeam }, now);
    if (!internal && ticket.requesterId === actor.userId && ticket.status === 'WAITING') {
      await this.steps.moveStatus(ticket, 'OPEN', now, actor.userId); // the requester answered: the clock runs again
    }
    return reply;
  }

  /** A reply again (an idempotent retry of replyToTicket), if the caller still sees its ticket. */
  async replyAgain(actor: Actor, ticketId: string, replyId: string): Promise<TicketReplyEntity | null> {
    await this.tickets.require(actor, ticketId);
    return this.repo.reply(replyId);
  }

  /** Whether the caller may rate the ticket now: what rate would accept (given a valid score). */
  canRate(actor: Actor, ticket: TicketEntity): boolean {
    return checkRate(actor, ticket).ok;
  }

  async rate(actor: Actor, ticketId: string, score: number, comment: string | null): Promise<TicketEntity> {
    if (!Number.isInteger(score) || score < 1 || score > 5)
      throw badInput('Score is a whole number from 1 (poor) to 5 (excellent)', { field: 'score' });
    // 2,000 as before: the rating form's comment box, longer than the table's reason (1,000).
    const csatComment = optionalText('comment', comment, 'reason', { max: 2000 });
    const ticket = await this.tickets.require(actor, ticketId);
    refuse(checkRate(actor, ticket), { ticketId });
    ticket.csatScore = score;
    ticket.csatComment = csatComment;
    await this.steps.save(ticket, 'rated', null, { score, comment: ticket.csatComment });
    await this.events.emit('ticket.rated', { ticketId, schoolId: ticket.schoolId, score });
    return ticket;
  }

  async link(actor: Actor, childId: string, parentId: string): Promise<TicketEntity> {
    this.tickets.requireWorker(actor);
    if (childId === parentId) throw badInput('A ticket cannot be its own parent', { field: 'parentId' });
    const child = await this.tickets.require(actor, childId);
    const parent = await this.tickets.get(actor, parentId);
    if (!parent) throw ticketNotFound(parentId);
    if (parent.parentId)
      throw ticketErrors.error(
        'TICKET_LINK_DEPTH',
        `${parent.number} is itself linked to another ticket; link to that one instead`,
        { parentId },
      );
    if (await this.repo.hasChildren(childId))
      throw ticketErrors.error(
        'TICKET_LINK_DEPTH',
        `${child.number} already has linked tickets; link the others to it instead`,
        { childId },
      );
    const before = { parentId: child.parentId };
    child.parentId = parentId;
    await this.steps.save(child, 'linked', before, { parentId });
    await this.events.emit('ticket.linked', { ticketId: childId, schoolId: child.schoolId, parentId });
    return child;
  }

  /** The device a ticket is about (of the ticket's school), or none. */
  async linkAsset(actor: Actor, ticketId: string, assetId: string | null): Promise<TicketEntity> {
    this.tickets.requireWorker(actor);
    const ticket = await this.tickets.require(actor, ticketId);
    if (assetId) await this.assets.requireAtSchool(assetId, ticket.schoolId);
    const before = { assetId: ticket.assetId };
    ticket.assetId = assetId;
    await this.steps.save(ticket, 'asset_linked', before, { assetId });
    return ticket;
  }
}
