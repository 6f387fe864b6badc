import { Injectable } from '@nestjs/common';
import { examWindowAt } from '@trustops/school-calendar';
import { Actor, AuditService, badInput, forbidden, TenantDb } from '@trustops/service-kit';
import { AssetsService } from '../assets/assets.service';
import { NEXT_NUMBER_SQL, ReferencesService } from '../references/references.service';
import { RoutingService } from '../routing/routing.service';
import { nextAlertAt } from './sla/sla-alerts';
import { startClock } from './sla/sla-clock';
import { SlaTargetsService } from './sla/sla-targets.service';
import { TicketEntity } from './ticket.entity';
import { CATEGORIES, effectivePriority, Level } from './ticket-rules';
import { ticketNotFound } from './tickets.errors';
import { RaiseTicketInput } from './tickets.types';
import { TicketEventsService } from './ticket-events.service';

const MAX_DESCRIPTION = 20_000;
export const WORKERS: Actor['role'][] = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'];

export function checkRaise(input: RaiseTicketInput): void {
  if (!input.subject.trim())
    throw badInput('Give the ticket a subject: what is wrong, in a few words', { field: 'subject' });
  if (input.subject.length > 200)
    throw badInput('Keep the subject under 200 characters; put detail in the description', { field: 'subject' });
  if (input.description.length > MAX_DESCRIPTION) {
    throw badInput(
      `The description is over ${MAX_DESCRIPTION.toLocaleString('en-GB')} characters; attach long logs as a file instead`,
      { field: 'description' },
    );
  }
  if (!(CATEGORIES as readonly string[]).includes(input.category)) {
    throw badInput(`Category must be one of ${CATEGORIES.join(', ')}`, { field: 'category' });
  }
  if ((input.tags ?? []).some((t) => !t.trim() || t.length > 40))
    throw badInput('Tags are 1 to 40 characters each', { field: 'tags' });
}

@Injectable()
export class TicketsService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: TicketEventsService,
    private readonly targets: SlaTargetsService,
    private readonly routing: RoutingService,
    private readonly assets: AssetsService,
  ) {}

  async raise(actor: Actor, input: RaiseTicketInput, now = new Date()): Promise<TicketEntity> {
    checkRaise(input);
    await this.refs.requireSchool(actor, input.schoolId);
    if (input.assetId) await this.assets.requireAtSchool(input.assetId, input.schoolId);
    const calendar = await this.refs.calendarFor(input.schoolId);
    const inExams = examWindowAt(calendar, now) !== null;
    const priority = effectivePriority(input.impact as Level, input.urgency as Level, input.category, inExams);
    const target = await this.targets.targetFor(priority);
    const route = await this.routing.route(input.schoolId, input.category);
    const repo = this.db.repo(TicketEntity);
    const ticket = repo.create({
      number: '',
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
      subject: input.subject.trim(),
      description: input.description,
      tags: input.tags ?? [],
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
      ...startClock(calendar, now, target),
      updatedAt: now,
    });
    ticket.nextAlertAt = nextAlertAt(ticket);
    // One statement: the number comes from the trust's sequence inside the INSERT; the rest is known, so no read back.
    const { raw } = await repo
      .createQueryBuilder()
      .insert()
      .into(TicketEntity)
      .values({ ...ticket, number: () => NEXT_NUMBER_SQL })
      .returning(['id', 'number'])
      .execute();
    const saved = Object.assign(ticket, {
      id: raw[0].id,
      number: raw[0].number,
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

  /** Staff see their own tickets; workers see their schools' (RLS adds the school scope). */
  async get(actor: Actor, id: string): Promise<TicketEntity | null> {
    if (!actor || actor.role === 'GOVERNOR' || actor.role === 'REVIEWER') return null;
    const ticket = await this.db.repo(TicketEntity).findOneBy({ id });
    if (!ticket) return null;
    if (!WORKERS.includes(actor.role) && ticket.requesterId !== actor.userId) return null;
    return ticket;
  }

  async require(actor: Actor, id: string): Promise<TicketEntity> {
    const ticket = await this.get(actor, id);
    if (!ticket) throw ticketNotFound(id);
    return ticket;
  }

  requireWorker(actor: Actor): void {
    if (!WORKERS.includes(actor.role))
      throw forbidden(`Your role (${actor.role}) cannot work tickets`, { requiredRoles: WORKERS });
  }
}
