import { Injectable } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { examWindowAt } from '@trustops/school-calendar';
import { Actor, AuditService, badInput, Clock, forbidden, optionalText, text } from '@trustops/service-kit';
import { AssetsService } from '../assets/assets.service';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { RoutingService } from '../routing/routing.service';
import { nextAlertAt } from './sla/sla-alerts';
import { startClock } from './sla/sla-clock';
import { SlaTargetsService } from './sla/sla-targets.service';
import { TicketEntity } from './ticket.entity';
import { TicketEventsService } from './ticket-events.service';
import { cannotWorkTickets, WORK_TICKETS_REFUSAL } from './ticket-permissions';
import { CATEGORIES, effectivePriority, Level } from './ticket-rules';
import { schoolClosed, ticketNotFound } from './tickets.errors';
import { NewTicket, TicketsRepository } from './tickets.repository';
import { RaiseTicketInput } from './tickets.types';

/** The raise form's fields, trimmed and checked; tags keep their 40-character cap (the dashboard's chips). */
export function checkRaise(input: RaiseTicketInput): { subject: string; description: string; tags: string[] } {
  const subject = text('subject', input.subject, 'title');
  const description = optionalText('description', input.description, 'description') ?? '';
  if (!(CATEGORIES as readonly string[]).includes(input.category)) {
    throw badInput(`Category must be one of ${CATEGORIES.join(', ')}`, { field: 'category' });
  }
  const tags = (input.tags ?? []).map((t) => text('tags', t, 'label', { label: 'Each tag', max: 40 }));
  return { subject, description, tags };
}

@Injectable()
export class TicketsService {
  constructor(
    private readonly repo: TicketsRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
    private readonly targets: SlaTargetsService,
    private readonly routing: RoutingService,
    private readonly assets: AssetsService,
    private readonly clock: Clock,
  ) {}

  /** `now` is the clock's unless a seed backdates the raise. */
  async raise(actor: Actor, input: RaiseTicketInput, now = this.clock.now()): Promise<TicketEntity> {
    const { subject, description, tags } = checkRaise(input);
    const school = await this.copies.requireSchool(actor, input.schoolId);
    // A closed school keeps its tickets (they can still be worked); only new ones are refused.
    if (school.closedAt) throw schoolClosed({ ...school, closedAt: school.closedAt });
    if (input.assetId) await this.assets.requireAtSchool(input.assetId, input.schoolId);
    const calendar = await this.copies.calendarFor(input.schoolId);
    const inExams = examWindowAt(calendar, now) !== null;
    const priority = effectivePriority(input.impact as Level, input.urgency as Level, input.category, inExams);
    const target = await this.targets.targetFor(priority);
    const route = await this.routing.route(input.schoolId, input.category);
    const fields: NewTicket = {
      schoolId: input.schoolId,
      requesterId: actor.userId,
      assigneeId: route?.assigneeId ?? null,
      team: route?.team ?? null,
      assetId: input.assetId ?? null,
      kind: input.kind,
      category: input.category,
      impact: input.impact,
      urgency: input.urgency,
      priority,
      status: 'NEW',
      subject,
      description,
      tags,
      parentId: null,
      raisedInExamWindow: inExams,
      firstRespondedAt: null,
      resolvedAt: null,
      closedAt: null,
      csatScore: null,
      csatComment: null,
      firstResponseTarget: target.firstResponse,
      resolutionTarget: target.resolution,
      firstResponseAlerted: null,
      resolutionAlerted: null,
      nextAlertAt: null,
      ...startClock(calendar, now, target),
      updatedAt: now,
    };
    fields.nextAlertAt = nextAlertAt(fields);
    const { id, number } = await this.repo.insert(fields);
    const saved: TicketEntity = Object.assign(new TicketEntity(), fields, {
      id,
      number,
      trustId: actor.trustId,
      createdAt: now,
    });
    await this.audit.record({ entity: 'ticket', entityId: saved.id, action: 'raised', after: saved });
    await this.events.emit('ticket.raised', {
      ticketId: saved.id,
      number: saved.number,
      schoolId: saved.schoolId,
      kind: saved.kind,
      priority: saved.priority,
      category: saved.category,
      raisedAt: now.toISOString(),
      firstResponseDueAt: saved.firstResponseDueAt.toISOString(),
      resolutionDueAt: saved.resolutionDueAt.toISOString(),
      team: saved.team,
      assigneeId: saved.assigneeId,
    });
    if (route)
      await this.events.emit('ticket.assigned', {
        ticketId: saved.id,
        schoolId: saved.schoolId,
        assigneeId: saved.assigneeId,
        team: saved.team,
        routed: true,
      });
    return saved;
  }

  /** Staff see their own tickets; the IT team sees their schools' (RLS adds the school scope). */
  async get(actor: Actor, id: string): Promise<TicketEntity | null> {
    if (!actor || !can(actor.role, 'USE_DESK')) return null;
    const ticket = await this.repo.byId(id);
    if (!ticket) return null;
    if (!can(actor.role, 'WORK_TICKETS') && ticket.requesterId !== actor.userId) return null;
    return ticket;
  }

  async require(actor: Actor, id: string): Promise<TicketEntity> {
    const ticket = await this.get(actor, id);
    if (!ticket) throw ticketNotFound(id);
    return ticket;
  }

  requireWorker(actor: Actor): void {
    if (!can(actor.role, 'WORK_TICKETS')) throw forbidden(cannotWorkTickets(actor.role), WORK_TICKETS_REFUSAL);
  }
}
