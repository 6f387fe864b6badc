import { Injectable } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { Actor, AuditService, Clock } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { workingMinutesLeft } from './sla/sla-clock';
import { TicketEntity, TicketReplyEntity } from './ticket.entity';
import { describeEvent } from './ticket-history';
import { slaStateOf } from './ticket-rules';
import { TicketsRepository } from './tickets.repository';
import { Sla, SlaStateEnum, TicketEvent } from './tickets.types';

const roundOrNull = (n: number | null) => (n === null ? null : Math.round(n));

/** What a ticket shows beyond its row, and who sees which part of it: linked reports, replies, history, SLA. */
@Injectable()
export class TicketDetailsService {
  constructor(
    private readonly repo: TicketsRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Other people's reports of the same outage: the IT team sees them, a requester only their own. */
  async children(actor: Actor, ticket: TicketEntity): Promise<TicketEntity[]> {
    const rows = await this.repo.children(ticket.id);
    return can(actor.role, 'WORK_TICKETS') ? rows : rows.filter((c) => c.requesterId === actor.userId);
  }

  /** Internal notes never reach the requester (or any non-IT role). */
  async replies(actor: Actor, ticket: TicketEntity): Promise<TicketReplyEntity[]> {
    const rows = await this.repo.replies(ticket.id);
    return rows.filter((r) => !r.internal || can(actor.role, 'WORK_TICKETS'));
  }

  /** Status, assignment and SLA alerts, oldest first. */
  async history(ticket: TicketEntity): Promise<TicketEvent[]> {
    await this.audit.flush(); // a mutation asking for the history sees its own steps
    const rows = await this.repo.history(ticket.id);
    return rows.map((r) => ({
      action: r.action,
      summary: describeEvent(r),
      actor: r.actorId ? { id: r.actorId } : null,
      at: r.at,
    }));
  }

  async sla(t: TicketEntity): Promise<Sla> {
    const now = this.clock.now();
    const calendar = await this.copies.calendarFor(t.schoolId);
    return {
      state: slaStateOf(t, now) as SlaStateEnum,
      firstResponseDueAt: t.firstResponseDueAt,
      firstRespondedAt: t.firstRespondedAt,
      firstResponseWarningAt: t.firstResponseWarningAt,
      resolutionWarningAt: t.resolutionWarningAt,
      resolutionDueAt: t.resolutionDueAt,
      resolutionMinutesLeft: Math.round((t.resolutionDueAt.getTime() - now.getTime()) / 60_000),
      resolutionWorkingMinutesLeft: roundOrNull(
        workingMinutesLeft(calendar, t, { firstResponse: t.firstResponseTarget, resolution: t.resolutionTarget }, now),
      ),
      firstResponseTargetMinutes: t.firstResponseTarget,
      resolutionTargetMinutes: t.resolutionTarget,
    };
  }
}
