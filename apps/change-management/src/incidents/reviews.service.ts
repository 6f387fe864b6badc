import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, DomainError, forbidden, notFound, TenantDb } from '@trustops/service-kit';
import { EventsService } from '../events.service';
import { ReferencesService, S } from '../references/references.service';
import { independenceProblems } from './incident-rules';
import { IncidentRow, IncidentsService } from './incidents.service';
import { PublishReviewInput } from './incidents.types';

export interface ReviewRow {
  incidentId: string;
  reviewerId: string;
  findings: string;
  contributingFactors: string[];
  publishedAt: Date;
}
export interface ActionRow {
  id: string;
  incidentId: string;
  title: string;
  ownerId: string;
  dueOn: string;
  status: string;
  doneAt: Date | null;
}

const ACTION_COLUMNS = `id, incident_id AS "incidentId", title, owner_id AS "ownerId", to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status, done_at AS "doneAt"`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The independent review: an IT director assigns someone who did not work the incident; their findings become tracked actions. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly db: TenantDb,
    private readonly incidents: IncidentsService,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  async assignReviewer(incidentId: string, reviewerId: string): Promise<IncidentRow> {
    const incident = await this.incidents.require(incidentId);
    if (incident.state === 'REVIEWED')
      throw new DomainError('INCIDENT_CLOSED', 'CONFLICT', 'This incident is already reviewed', { incidentId });
    const reviewer = await this.refs.member(reviewerId);
    if (!reviewer)
      throw badInput(
        'The reviewer must be a member of your trust (a REVIEWER from another organisation is added in directory)',
        { field: 'reviewerId' },
      );
    const problems = independenceProblems(reviewerId, await this.whoWorkedIt(incident));
    if (problems.length) {
      throw new DomainError(
        'REVIEWER_NOT_INDEPENDENT',
        'CONFLICT',
        `${reviewer.displayName} cannot review this incident: they ${problems.join(' and ')}. Choose someone who did not work it.`,
        { incidentId, reviewerId, problems },
      );
    }
    await this.db.em().query(`UPDATE ${S}.incident SET reviewer_id = $2 WHERE id = $1`, [incidentId, reviewerId]);
    await this.audit.record({
      entity: 'incident',
      entityId: incidentId,
      action: 'reviewer_assigned',
      before: { reviewerId: incident.reviewerId },
      after: { reviewerId },
    });
    return (await this.incidents.get(incidentId))!;
  }

  /** Everyone who could be asked, independent ones first: what the director picks from. */
  async candidates(
    incidentId: string,
  ): Promise<{ userId: string; displayName: string; role: string; problems: string[] }[]> {
    const incident = await this.incidents.require(incidentId);
    const who = await this.whoWorkedIt(incident);
    const members: { userId: string; displayName: string; role: string }[] = await this.db
      .em()
      .query(
        `SELECT user_id AS "userId", display_name AS "displayName", role FROM ${S}.member_ref WHERE role IN ('REVIEWER','ENGINEER','IT_DIRECTOR','TECHNICIAN','EXECUTIVE') ORDER BY display_name`,
      );
    return members
      .map((m) => ({ ...m, problems: independenceProblems(m.userId, who) }))
      .sort(
        (a, b) =>
          a.problems.length - b.problems.length || Number(b.role === 'REVIEWER') - Number(a.role === 'REVIEWER'),
      );
  }

  async publish(actor: Actor, input: PublishReviewInput): Promise<ReviewRow> {
    const findings = input.findings.trim();
    if (!findings || findings.length > 50_000)
      throw badInput('Findings are 1 to 50,000 characters', { field: 'findings' });
    const actions = input.actions ?? [];
    for (const a of actions) {
      if (!a.title.trim() || a.title.length > 300)
        throw badInput('Each action has a title of 1 to 300 characters', { field: 'actions' });
      if (!ISO_DATE.test(a.dueOn)) throw badInput('Action due dates are YYYY-MM-DD', { field: 'actions' });
      if (!(await this.refs.member(a.ownerId)))
        throw badInput("Each action's owner must be a member of your trust", { field: 'actions' });
    }
    const incident = await this.incidents.require(input.incidentId);
    if (incident.reviewerId !== actor.userId)
      throw forbidden('Only the reviewer assigned to this incident publishes its review', { incidentId: incident.id });
    if (incident.state !== 'RESOLVED')
      throw new DomainError('INCIDENT_NOT_RESOLVED', 'CONFLICT', 'Publish the review once the incident is resolved', {
        incidentId: incident.id,
      });
    const factors = (input.contributingFactors ?? []).map((f) => f.trim()).filter(Boolean);
    const [review] = await this.db.em().query(
      `INSERT INTO ${S}.review (incident_id, reviewer_id, findings, contributing_factors) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING
       RETURNING incident_id AS "incidentId", reviewer_id AS "reviewerId", findings, contributing_factors AS "contributingFactors", published_at AS "publishedAt"`,
      [incident.id, actor.userId, findings, factors],
    );
    if (!review)
      throw new DomainError('REVIEW_ALREADY_PUBLISHED', 'CONFLICT', "This incident's review is already published", {
        incidentId: incident.id,
      });
    for (const a of actions) {
      await this.db
        .em()
        .query(`INSERT INTO ${S}.review_action (incident_id, title, owner_id, due_on) VALUES ($1, $2, $3, $4)`, [
          incident.id,
          a.title.trim(),
          a.ownerId,
          a.dueOn,
        ]);
    }
    await this.audit.record({
      entity: 'incident',
      entityId: incident.id,
      action: 'review_published',
      after: { findings, factors, actions: actions.length },
    });
    await this.events.emit('review.published', {
      incidentId: incident.id,
      reviewerId: actor.userId,
      findings,
      actions: actions.length,
      at: new Date().toISOString(),
    });
    return review;
  }

  async review(incidentId: string): Promise<ReviewRow | null> {
    const [row] = await this.db.em().query(
      `SELECT incident_id AS "incidentId", reviewer_id AS "reviewerId", findings, contributing_factors AS "contributingFactors",
      published_at AS "publishedAt" FROM ${S}.review WHERE incident_id = $1`,
      [incidentId],
    );
    return row ?? null;
  }

  actions(incidentId: string): Promise<ActionRow[]> {
    return this.db
      .em()
      .query(`SELECT ${ACTION_COLUMNS} FROM ${S}.review_action WHERE incident_id = $1 ORDER BY due_on, title`, [
        incidentId,
      ]);
  }

  /** Published reviews, newest first: what governors read. */
  published(): Promise<ReviewRow[]> {
    return this.db.em()
      .query(`SELECT incident_id AS "incidentId", reviewer_id AS "reviewerId", findings, contributing_factors AS "contributingFactors",
      published_at AS "publishedAt" FROM ${S}.review ORDER BY published_at DESC LIMIT 100`);
  }

  async completeAction(actor: Actor, actionId: string): Promise<ActionRow> {
    const [action]: ActionRow[] = await this.db
      .em()
      .query(`SELECT ${ACTION_COLUMNS} FROM ${S}.review_action WHERE id = $1`, [actionId]);
    if (!action) throw notFound('ACTION_NOT_FOUND', 'No review action with that id that you can see', { actionId });
    if (action.ownerId !== actor.userId && actor.role !== 'IT_DIRECTOR')
      throw forbidden("The action's owner or the IT director closes it");
    if (action.status === 'DONE') return action;
    await this.db
      .em()
      .query(`UPDATE ${S}.review_action SET status = 'DONE', done_at = now() WHERE id = $1`, [actionId]);
    await this.audit.record({
      entity: 'review_action',
      entityId: actionId,
      action: 'done',
      before: { status: 'OPEN' },
      after: { status: 'DONE' },
    });
    return { ...action, status: 'DONE', doneAt: new Date() };
  }

  private async whoWorkedIt(incident: IncidentRow) {
    const [authors] = await this.db
      .em()
      .query(
        `SELECT coalesce(array_agg(DISTINCT author_id), '{}') AS ids FROM ${S}.incident_entry WHERE incident_id = $1`,
        [incident.id],
      );
    const [changes] = await this.db.em().query(
      `SELECT coalesce(array_agg(DISTINCT decided_by) FILTER (WHERE decided_by IS NOT NULL AND status <> 'REJECTED'), '{}') AS approvers,
              coalesce(array_agg(DISTINCT scheduled_by) FILTER (WHERE scheduled_by IS NOT NULL), '{}') AS implementers
       FROM ${S}.change_request WHERE id = ANY ($1::uuid[])`,
      [incident.linkedChangeIds],
    );
    return {
      commanderId: incident.commanderId,
      openedBy: incident.openedBy,
      entryAuthors: authors.ids,
      changeApprovers: changes.approvers,
      changeImplementers: changes.implementers,
    };
  }
}
