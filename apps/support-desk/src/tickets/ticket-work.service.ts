import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, forbidden, isUuid, TenantDb } from '@trustops/service-kit';
import { AssetsService } from '../assets/assets.service';
import { ReferencesService } from '../references/references.service';
import { RoutingService } from '../routing/routing.service';
import { nextAlertAt } from './sla/sla-alerts';
import { resumeClock, SlaClock, stopClock } from './sla/sla-clock';
import { TicketEntity, TicketReplyEntity } from './ticket.entity';
import { checkMove, TicketStatus } from './ticket-rules';
import { ticketConflict, ticketNotFound } from './tickets.errors';
import { TicketsService, WORKERS } from './tickets.service';
import { TicketEventsService } from './ticket-events.service';

const CLOCK_STOPPED: TicketStatus[] = ['WAITING', 'RESOLVED', 'CLOSED'];

/** Working a ticket: assignment, status (with the SLA clock), replies, rating, linking. */
@Injectable()
export class TicketWorkService {
  constructor(
    private readonly db: TenantDb,
    private readonly tickets: TicketsService,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
    private readonly routing: RoutingService,
    private readonly assets: AssetsService,
  ) {}

  async assign(actor: Actor, ticketId: string, assigneeId: string): Promise<TicketEntity> {
    this.tickets.requireWorker(actor);
    if (!isUuid(assigneeId)) throw badInput('assigneeId is not a user id', { field: 'assigneeId' });
    const ticket = await this.tickets.require(actor, ticketId);
    if (ticket.status === 'CLOSED')
      throw ticketConflict('TICKET_CLOSED', 'A closed ticket cannot be reassigned', { ticketId });
    await this.routing.requireHolder(assigneeId, ticket.schoolId);
    const before = { assigneeId: ticket.assigneeId, status: ticket.status };
    ticket.assigneeId = assigneeId;
    if (ticket.status === 'NEW') ticket.status = 'OPEN';
    await this.save(ticket, 'assigned', before, { assigneeId, status: ticket.status });
    await this.events.emit('ticket.assigned', { ticketId, schoolId: ticket.schoolId, assigneeId });
    return ticket;
  }

  async changeStatus(actor: Actor, ticketId: string, status: TicketStatus, now = new Date()): Promise<TicketEntity> {
    const ticket = await this.tickets.require(actor, ticketId);
    const isRequester = ticket.requesterId === actor.userId;
    // Requesters may close their resolved ticket or reopen it; everything else is the IT team's.
    const requesterMove = isRequester && ticket.status === 'RESOLVED' && (status === 'OPEN' || status === 'CLOSED');
    if (!requesterMove) this.tickets.requireWorker(actor);
    return this.applyStatus(ticket, status, now, actor.userId);
  }

  async reply(
    actor: Actor,
    ticketId: string,
    body: string,
    internal: boolean,
    now = new Date(),
  ): Promise<TicketReplyEntity> {
    if (!body.trim()) throw badInput('Write something before sending the reply', { field: 'body' });
    if (body.length > 20_000) throw badInput('A reply is at most 20,000 characters', { field: 'body' });
    const ticket = await this.tickets.require(actor, ticketId);
    const fromTeam = WORKERS.includes(actor.role) && ticket.requesterId !== actor.userId;
    if (internal && !WORKERS.includes(actor.role)) throw forbidden('Only the IT team writes internal notes');
    if (ticket.status === 'CLOSED')
      throw ticketConflict('TICKET_CLOSED', 'This ticket is closed; raise a new one and mention its number', {
        ticketId,
      });
    const reply = await this.addReply(ticket, actor.userId, body, internal, fromTeam, now);
    if (!internal && ticket.requesterId === actor.userId && ticket.status === 'WAITING') {
      await this.applyStatus(ticket, 'OPEN', now, actor.userId); // the requester answered: the clock runs again
    }
    return reply;
  }

  /** A reply again (an idempotent retry of replyToTicket); RLS keeps it to the trust and school scope. */
  getReply(id: string): Promise<TicketReplyEntity | null> {
    return this.db.repo(TicketReplyEntity).findOneBy({ id });
  }

  private async addReply(
    ticket: TicketEntity,
    authorId: string,
    body: string,
    internal: boolean,
    fromTeam: boolean,
    now: Date,
  ): Promise<TicketReplyEntity> {
    const repo = this.db.repo(TicketReplyEntity);
    const reply = await repo.save(
      repo.create({ ticketId: ticket.id, schoolId: ticket.schoolId, authorId, body, internal }),
    );
    const firstResponse = !internal && fromTeam && !ticket.firstRespondedAt;
    if (firstResponse) {
      ticket.firstRespondedAt = now;
      await this.save(ticket, 'first_response', null, { firstRespondedAt: now });
    }
    await this.audit.record({
      entity: 'ticket_reply',
      entityId: reply.id,
      action: internal ? 'noted' : 'replied',
      after: { ticketId: ticket.id, internal },
    });
    await this.events.emit('ticket.replied', {
      ticketId: ticket.id,
      schoolId: ticket.schoolId,
      replyId: reply.id,
      internal,
      byRequester: ticket.requesterId === authorId,
      firstResponse,
      at: now.toISOString(),
      raisedAt: ticket.createdAt.toISOString(),
    });
    return repo.findOneByOrFail({ id: reply.id });
  }

  async rate(actor: Actor, ticketId: string, score: number, comment: string | null): Promise<TicketEntity> {
    if (!Number.isInteger(score) || score < 1 || score > 5)
      throw badInput('Score is a whole number from 1 (poor) to 5 (excellent)', { field: 'score' });
    if (comment && comment.length > 2000)
      throw badInput('Keep the comment under 2,000 characters', { field: 'comment' });
    const ticket = await this.tickets.require(actor, ticketId);
    if (ticket.requesterId !== actor.userId) throw forbidden('Only the person who raised the ticket can rate it');
    if (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED')
      throw ticketConflict('TICKET_NOT_RESOLVED', 'Rate the ticket once it is resolved', { ticketId });
    if (ticket.csatScore !== null)
      throw ticketConflict('TICKET_ALREADY_RATED', 'You have already rated this ticket', { ticketId });
    ticket.csatScore = score;
    ticket.csatComment = comment?.trim() || null;
    await this.save(ticket, 'rated', null, { score, comment: ticket.csatComment });
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
      throw ticketConflict(
        'TICKET_LINK_DEPTH',
        `${parent.number} is itself linked to another ticket; link to that one instead`,
        { parentId },
      );
    const hasChildren = await this.db.repo(TicketEntity).exists({ where: { parentId: childId } });
    if (hasChildren)
      throw ticketConflict(
        'TICKET_LINK_DEPTH',
        `${child.number} already has linked tickets; link the others to it instead`,
        { childId },
      );
    const before = { parentId: child.parentId };
    child.parentId = parentId;
    await this.save(child, 'linked', before, { parentId });
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
    await this.save(ticket, 'asset_linked', before, { assetId });
    return ticket;
  }

  private async applyStatus(
    ticket: TicketEntity,
    status: TicketStatus,
    now: Date,
    byUserId: string,
  ): Promise<TicketEntity> {
    const move = checkMove(ticket.status, status, ticket.resolvedAt, now);
    if (!move.ok) throw ticketConflict('TICKET_STATUS_MOVE', move.reason, { from: ticket.status, to: status });
    const before = { status: ticket.status };
    await this.moveClock(ticket, status, now);
    ticket.status = status;
    if (status === 'RESOLVED') ticket.resolvedAt = now;
    if (status === 'OPEN') ticket.resolvedAt = null;
    if (status === 'CLOSED') ticket.closedAt = now;
    await this.save(ticket, 'status_changed', before, { status });
    await this.events.emit('ticket.status_changed', {
      ticketId: ticket.id,
      schoolId: ticket.schoolId,
      from: before.status,
      to: status,
      at: now.toISOString(),
      resolutionDueAt: ticket.resolutionDueAt.toISOString(),
      firstRespondedAt: ticket.firstRespondedAt?.toISOString() ?? null,
      priority: ticket.priority,
      kind: ticket.kind,
    });
    if (status === 'RESOLVED') await this.resolveChildren(ticket, now, byUserId);
    return ticket;
  }

  /** One outage, many reports: resolving the parent resolves its open children, each told so in a public reply. */
  private async resolveChildren(parent: TicketEntity, now: Date, byUserId: string): Promise<void> {
    const children = await this.db
      .repo(TicketEntity)
      .find({ where: { parentId: parent.id }, order: { createdAt: 'ASC' } });
    for (const child of children.filter((c) => c.status !== 'RESOLVED' && c.status !== 'CLOSED')) {
      await this.addReply(
        child,
        byUserId,
        `Resolved together with ${parent.number} ("${parent.subject}"), which tracked the same problem. Reply here if it is not fixed for you.`,
        false,
        true,
        now,
      );
      await this.applyStatus(child, 'RESOLVED', now, byUserId);
    }
  }

  private async moveClock(ticket: TicketEntity, to: TicketStatus, now: Date): Promise<void> {
    const stopped = CLOCK_STOPPED.includes(to);
    const calendar = await this.refs.calendarFor(ticket.schoolId);
    const target = { firstResponse: ticket.firstResponseTarget, resolution: ticket.resolutionTarget };
    const clock: SlaClock = stopped ? stopClock(calendar, ticket, now) : resumeClock(calendar, ticket, now, target);
    // A clock that runs again towards a new, later due time is owed its warning and breach afresh.
    if (clock.resolutionDueAt.getTime() !== ticket.resolutionDueAt.getTime()) ticket.resolutionAlerted = null;
    Object.assign(ticket, clock);
  }

  private async save(ticket: TicketEntity, action: string, before: unknown, after: unknown): Promise<void> {
    ticket.updatedAt = new Date();
    ticket.nextAlertAt = nextAlertAt(ticket);
    await this.db.repo(TicketEntity).save(ticket);
    await this.audit.record({ entity: 'ticket', entityId: ticket.id, action, before, after });
  }
}
