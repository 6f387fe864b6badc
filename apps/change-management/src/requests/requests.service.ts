import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, DomainError, forbidden, notFound, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events.service';
import { ReferencesService, S } from '../references/references.service';
import { checkDecision } from './request-rules';
import { DecideTechRequestInput, RaiseTechRequestInput } from './requests.types';

export interface RequestRow {
  id: string;
  schoolId: string;
  requesterId: string;
  kind: string;
  title: string;
  goal: string;
  reason: string;
  appName: string | null;
  vendor: string | null;
  status: string;
  decision: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  conditions: string | null;
  risks: string[];
  alternatives: string[];
  appealNote: string | null;
  appealedAt: Date | null;
  appealDecision: string | null;
  appealDecidedBy: string | null;
  appealDecidedAt: Date | null;
  appealDecisionNote: string | null;
  createdAt: Date;
}

const COLUMNS = `id, school_id AS "schoolId", requester_id AS "requesterId", kind, title, goal, reason, app_name AS "appName", vendor, status,
  decision, decided_by AS "decidedBy", decided_at AS "decidedAt", decision_reason AS "decisionReason", conditions, risks, alternatives,
  appeal_note AS "appealNote", appealed_at AS "appealedAt", appeal_decision AS "appealDecision", appeal_decided_by AS "appealDecidedBy",
  appeal_decided_at AS "appealDecidedAt", appeal_decision_note AS "appealDecisionNote", created_at AS "createdAt"`;

const DECIDERS: Actor['role'][] = ['ENGINEER', 'IT_DIRECTOR'];
const SEE_ALL: Actor['role'][] = ['ENGINEER', 'IT_DIRECTOR', 'EXECUTIVE'];
const conflict = (code: string, message: string, details: Record<string, unknown>) =>
  new DomainError(code, 'CONFLICT', message, details);
export const requestNotFound = (requestId: string) =>
  notFound('REQUEST_NOT_FOUND', 'No tech request with that id that you can see', { requestId });

/** Tech requests with the explained "no" and one appeal to an executive (seed 001). */
@Injectable()
export class RequestsService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  /** Deciders and executives see every request of their schools; everyone else their own. */
  list(actor: Actor, status: string[] | null): Promise<RequestRow[]> {
    const mine = SEE_ALL.includes(actor.role) ? null : actor.userId;
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM ${S}.tech_request WHERE ($1::uuid IS NULL OR requester_id = $1) AND ($2::text[] IS NULL OR status = ANY ($2))
       ORDER BY created_at DESC LIMIT 200`,
      [mine, status?.length ? status : null],
    );
  }

  async get(actor: Actor, id: string): Promise<RequestRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${S}.tech_request WHERE id = $1`, [id]);
    if (!row || (!SEE_ALL.includes(actor.role) && row.requesterId !== actor.userId)) return null;
    return row;
  }

  async raise(actor: Actor, input: RaiseTechRequestInput): Promise<RequestRow> {
    const title = input.title.trim();
    const goal = input.goal.trim();
    if (!title || title.length > 200)
      throw badInput('Give the request a title of 1 to 200 characters', { field: 'title' });
    if (!goal || goal.length > 5000)
      throw badInput('Say what you want to achieve (1 to 5,000 characters): it is what a decision is made on', {
        field: 'goal',
      });
    if ((input.reason ?? '').length > 5000)
      throw badInput('Keep the reason under 5,000 characters', { field: 'reason' });
    await this.refs.requireSchool(actor, input.schoolId);
    const [{ id }] = await this.db.em().query(
      `INSERT INTO ${S}.tech_request (school_id, requester_id, kind, title, goal, reason, app_name, vendor, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'SUBMITTED') RETURNING id`,
      [
        input.schoolId,
        actor.userId,
        input.kind,
        title,
        goal,
        input.reason?.trim() ?? '',
        input.appName?.trim() || null,
        input.vendor?.trim() || null,
      ],
    );
    await this.audit.record({ entity: 'tech_request', entityId: id, action: 'raised', after: input });
    return (await this.get(actor, id))!;
  }

  async decide(actor: Actor, input: DecideTechRequestInput): Promise<RequestRow> {
    if (!DECIDERS.includes(actor.role))
      throw forbidden('Engineers and the IT director decide tech requests', { requiredRoles: DECIDERS });
    const checked = checkDecision(input);
    const request = await this.require(actor, input.requestId);
    if (request.status !== 'SUBMITTED')
      throw conflict('REQUEST_ALREADY_DECIDED', `This request was already decided (${request.status})`, {
        requestId: request.id,
      });
    await this.db.em().query(
      `UPDATE ${S}.tech_request SET status = $2, decision = $2, decided_by = $3, decided_at = now(), decision_reason = $4, conditions = $5, risks = $6, alternatives = $7
       WHERE id = $1`,
      [
        request.id,
        input.decision,
        actor.userId,
        checked.reason,
        checked.conditions,
        checked.risks,
        checked.alternatives,
      ],
    );
    await this.afterDecision(actor, request, input.decision, false);
    return (await this.get(actor, request.id))!;
  }

  /** One appeal, by the requester, of a "no". */
  async appeal(actor: Actor, requestId: string, note: string): Promise<RequestRow> {
    const text = note.trim();
    if (!text || text.length > 5000)
      throw badInput('Say why the decision should change (1 to 5,000 characters)', { field: 'note' });
    const request = await this.require(actor, requestId);
    if (request.requesterId !== actor.userId) throw forbidden('Only the person who asked can appeal');
    if (request.appealedAt)
      throw conflict('REQUEST_ALREADY_APPEALED', 'This request has already been appealed once', { requestId });
    if (request.status !== 'DECLINED')
      throw conflict('REQUEST_NOT_DECLINED', 'Only a declined request can be appealed', {
        requestId,
        status: request.status,
      });
    await this.db
      .em()
      .query(`UPDATE ${S}.tech_request SET status = 'APPEALED', appeal_note = $2, appealed_at = now() WHERE id = $1`, [
        requestId,
        text,
      ]);
    await this.audit.record({ entity: 'tech_request', entityId: requestId, action: 'appealed', after: { note: text } });
    await this.events.emit('request.appealed', { requestId, schoolId: request.schoolId });
    return (await this.get(actor, requestId))!;
  }

  /** An executive decides with both sides' notes in front of them; the outcome is the request's status. */
  async decideAppeal(actor: Actor, requestId: string, decision: string, note: string): Promise<RequestRow> {
    if (actor.role !== 'EXECUTIVE') throw forbidden('An executive decides appeals', { requiredRoles: ['EXECUTIVE'] });
    const text = note.trim();
    if (!text || text.length > 5000)
      throw badInput('Record the reasoning of the decision (1 to 5,000 characters)', { field: 'note' });
    const request = await this.require(actor, requestId);
    if (request.status !== 'APPEALED')
      throw conflict('REQUEST_NOT_APPEALED', 'There is no open appeal on this request', {
        requestId,
        status: request.status,
      });
    await this.db
      .em()
      .query(
        `UPDATE ${S}.tech_request SET status = $2, appeal_decision = $2, appeal_decided_by = $3, appeal_decided_at = now(), appeal_decision_note = $4 WHERE id = $1`,
        [requestId, decision, actor.userId, text],
      );
    await this.afterDecision(actor, request, decision, true);
    return (await this.get(actor, requestId))!;
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
    const [app] = await this.db.em().query(
      `INSERT INTO ${S}.approved_app (name, vendor, purpose, school_ids, request_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (trust_id, lower(name)) DO NOTHING RETURNING id`,
      [request.appName ?? request.title, request.vendor ?? '', request.goal, [request.schoolId], request.id],
    );
    if (app)
      await this.audit.record({
        entity: 'approved_app',
        entityId: app.id,
        action: 'registered',
        after: { requestId: request.id, by: actor.userId },
      });
  }
}
