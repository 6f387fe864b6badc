import { Injectable } from '@nestjs/common';
import { isOpen } from '@trustops/contracts';
import { AuditService, Clock } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { nextAlertAt } from './sla/sla-alerts';
import { resumeClock, SlaClock, stopClock } from './sla/sla-clock';
import { TicketEntity, TicketReplyEntity } from './ticket.entity';
import { TicketEventsService } from './ticket-events.service';
import { checkMove, metSla, TicketStatus } from './ticket-rules';
import { ticketErrors } from './tickets.errors';
import { TicketsRepository } from './tickets.repository';

export interface NewReplyStep {
  authorId: string;
  body: string;
  internal: boolean;
  /** From the IT team to the requester: the first such reply stops the first-response clock. */
  fromTeam: boolean;
}

/**
 * The steps of a ticket once someone may take them (TicketWorkService decides who): each written with its audit
 * row and its event in the request's transaction, so there is no event without the write.
 */
@Injectable()
export class TicketStepsService {
  constructor(
    private readonly repo: TicketsRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
    private readonly clock: Clock,
  ) {}

  async save(ticket: TicketEntity, action: string, before: unknown, after: unknown): Promise<void> {
    ticket.updatedAt = this.clock.now();
    ticket.nextAlertAt = nextAlertAt(ticket);
    await this.repo.save(ticket);
    await this.audit.record({ entity: 'ticket', entityId: ticket.id, action, before, after });
  }

  async addReply(ticket: TicketEntity, step: NewReplyStep, now: Date): Promise<TicketReplyEntity> {
    const { authorId, body, internal, fromTeam } = step;
    const replyId = await this.repo.addReply({
      ticketId: ticket.id,
      schoolId: ticket.schoolId,
      authorId,
      body,
      internal,
    });
    const firstResponse = !internal && fromTeam && !ticket.firstRespondedAt;
    if (firstResponse) {
      ticket.firstRespondedAt = now;
      await this.save(ticket, 'first_response', null, { firstRespondedAt: now });
    }
    await this.audit.record({
      entity: 'ticket_reply',
      entityId: replyId,
      action: internal ? 'noted' : 'replied',
      after: { ticketId: ticket.id, internal },
    });
    await this.events.emit('ticket.replied', {
      ticketId: ticket.id,
      schoolId: ticket.schoolId,
      replyId,
      internal,
      byRequester: ticket.requesterId === authorId,
      firstResponse,
      at: now.toISOString(),
      raisedAt: ticket.createdAt.toISOString(),
    });
    return this.repo.replyOrFail(replyId);
  }

  async moveStatus(ticket: TicketEntity, status: TicketStatus, now: Date, byUserId: string): Promise<TicketEntity> {
    const move = checkMove(ticket.status, status, ticket.resolvedAt, now);
    if (!move.ok) throw ticketErrors.error('TICKET_STATUS_MOVE', move.reason, { from: ticket.status, to: status });
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
      // Decided here, by the rule of the desk's MET badge, so reporting need not work it out again.
      ...(isOpen(status) ? {} : { slaMet: metSla(ticket, ticket.resolvedAt ?? now) }),
    });
    if (status === 'RESOLVED') await this.resolveChildren(ticket, now, byUserId);
    return ticket;
  }

  /** One outage, many reports: resolving the parent resolves its open children, each told so in a public reply. */
  private async resolveChildren(parent: TicketEntity, now: Date, byUserId: string): Promise<void> {
    const children = await this.repo.children(parent.id);
    for (const child of children.filter((c) => isOpen(c.status))) {
      const body = `Resolved together with ${parent.number} ("${parent.subject}"), which tracked the same problem. Reply here if it is not fixed for you.`;
      await this.addReply(child, { authorId: byUserId, body, internal: false, fromTeam: true }, now);
      await this.moveStatus(child, 'RESOLVED', now, byUserId);
    }
  }

  private async moveClock(ticket: TicketEntity, to: TicketStatus, now: Date): Promise<void> {
    // The clock stops while the ticket waits on the requester, and once it is resolved or closed.
    const stopped = to === 'WAITING' || !isOpen(to);
    const calendar = await this.copies.calendarFor(ticket.schoolId);
    const target = { firstResponse: ticket.firstResponseTarget, resolution: ticket.resolutionTarget };
    const clock: SlaClock = stopped ? stopClock(calendar, ticket, now) : resumeClock(calendar, ticket, now, target);
    // A clock that runs again towards a new, later due time is owed its warning and breach afresh.
    if (clock.resolutionDueAt.getTime() !== ticket.resolutionDueAt.getTime()) ticket.resolutionAlerted = null;
    Object.assign(ticket, clock);
  }
}
