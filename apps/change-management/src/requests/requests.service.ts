import { Injectable } from '@nestjs/common';
import { can, rolesWith } from '@trustops/contracts';
import { Actor, AuditService, forbidden, optionalText, text } from '@trustops/service-kit';
import { ApprovedAppsService } from '../approved-apps/approved-apps.service';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { EventsService } from '../events/events.service';
import { checkDecision } from './request-rules';
import { requestErrors, requestNotFound } from './requests.errors';
import { RequestRow, RequestsRepository } from './requests.repository';
import { DecideTechRequestInput, RaiseTechRequestInput } from './requests.types';

/** Whoever decides requests or their appeals sees every request of their schools; everyone else their own. */
const seesEveryRequest = (actor: Actor) => can(actor.role, 'DECIDE_TECH_REQUESTS') || can(actor.role, 'DECIDE_APPEALS');

/** Tech requests with the explained "no" and one appeal to an executive (seed 001). */
@Injectable()
export class RequestsService {
  constructor(
    private readonly requests: RequestsRepository,
    private readonly apps: ApprovedAppsService,
    private readonly copies: DirectoryCopiesRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  list(actor: Actor, statuses: readonly string[] | null): Promise<RequestRow[]> {
    return this.requests.list(seesEveryRequest(actor) ? null : actor.userId, statuses);
  }

  async get(actor: Actor, id: string): Promise<RequestRow | null> {
    const row = await this.requests.get(id);
    if (!row || (!seesEveryRequest(actor) && row.requesterId !== actor.userId)) return null;
    return row;
  }

  async raise(actor: Actor, input: RaiseTechRequestInput): Promise<RequestRow> {
    const title = text('title', input.title, 'title');
    const goal = text('goal', input.goal, 'note', {
      label: 'What you want to achieve (it is what a decision is made on)',
    });
    const reason = optionalText('reason', input.reason, 'note') ?? '';
    await this.copies.requireSchool(actor, input.schoolId);
    const id = await this.requests.insert({
      schoolId: input.schoolId,
      requesterId: actor.userId,
      kind: input.kind,
      title,
      goal,
      reason,
      appName: input.appName?.trim() || null,
      vendor: input.vendor?.trim() || null,
    });
    await this.audit.record({ entity: 'tech_request', entityId: id, action: 'raised', after: input });
    return this.require(actor, id);
  }

  async decide(actor: Actor, input: DecideTechRequestInput): Promise<RequestRow> {
    if (!can(actor.role, 'DECIDE_TECH_REQUESTS'))
      throw forbidden('Engineers and the IT director decide tech requests', {
        requiredRoles: rolesWith('DECIDE_TECH_REQUESTS'),
      });
    const checked = checkDecision(input);
    const request = await this.require(actor, input.requestId);
    if (request.status !== 'SUBMITTED')
      throw requestErrors.error('REQUEST_ALREADY_DECIDED', `This request was already decided (${request.status})`, {
        requestId: request.id,
      });
    await this.requests.decide(request.id, { decision: input.decision, decidedBy: actor.userId, ...checked });
    await this.afterDecision(actor, request, input.decision, false);
    return this.require(actor, request.id);
  }

  /** One appeal, by the requester, of a "no". */
  async appeal(actor: Actor, requestId: string, note: string): Promise<RequestRow> {
    const said = text('note', note, 'note', { label: 'Why the decision should change' });
    const request = await this.require(actor, requestId);
    if (request.requesterId !== actor.userId) throw forbidden('Only the person who asked can appeal');
    if (request.appealedAt)
      throw requestErrors.error('REQUEST_ALREADY_APPEALED', 'This request has already been appealed once', {
        requestId,
      });
    if (request.status !== 'DECLINED')
      throw requestErrors.error('REQUEST_NOT_DECLINED', 'Only a declined request can be appealed', {
        requestId,
        status: request.status,
      });
    await this.requests.appeal(requestId, said);
    await this.audit.record({ entity: 'tech_request', entityId: requestId, action: 'appealed', after: { note: said } });
    await this.events.emit('request.appealed', { requestId, schoolId: request.schoolId });
    return this.require(actor, requestId);
  }

  /** An executive decides with both sides' notes in front of them; the outcome is the request's status. */
  async decideAppeal(actor: Actor, requestId: string, decision: string, note: string): Promise<RequestRow> {
    if (!can(actor.role, 'DECIDE_APPEALS'))
      throw forbidden('An executive decides appeals', { requiredRoles: rolesWith('DECIDE_APPEALS') });
    const said = text('note', note, 'note', { label: 'The reasoning of the decision' });
    const request = await this.require(actor, requestId);
    if (request.status !== 'APPEALED')
      throw requestErrors.error('REQUEST_NOT_APPEALED', 'There is no open appeal on this request', {
        requestId,
        status: request.status,
      });
    await this.requests.decideAppeal(requestId, decision, actor.userId, said);
    await this.afterDecision(actor, request, decision, true);
    return this.require(actor, requestId);
  }

  private async require(actor: Actor, id: string): Promise<RequestRow> {
    const request = await this.get(actor, id);
    if (!request) throw requestNotFound(id);
    return request;
  }

  /** An approved app joins the register (DPIA not started) unless it is there already. */
  private async afterDecision(actor: Actor, request: RequestRow, decision: string, appeal: boolean): Promise<void> {
    await this.audit.record({
      entity: 'tech_request',
      entityId: request.id,
      action: appeal ? 'appeal_decided' : 'decided',
      after: { decision },
    });
    await this.events.emit('request.decided', {
      requestId: request.id,
      schoolId: request.schoolId,
      decision,
      kind: request.kind,
      appeal,
    });
    if (decision === 'DECLINED' || request.kind !== 'APP') return;
    await this.apps.registerFromRequest(
      {
        name: request.appName ?? request.title,
        vendor: request.vendor ?? '',
        purpose: request.goal,
        schoolIds: [request.schoolId],
        requestId: request.id,
      },
      actor.userId,
    );
  }
}
