import { Injectable } from '@nestjs/common';
import { can, rolesWith } from '@trustops/contracts';
import { Actor, AuditService, badInput, Clock, forbidden, text } from '@trustops/service-kit';
import { ChangesRepository } from '../changes/changes.repository';
import { DirectoryCopiesRepository } from '../directory-copies/directory-copies.repository';
import { EventsService } from '../events/events.service';
import { independenceProblems, WhoWorkedIt } from './incident-rules';
import { incidentErrors } from './incidents.errors';
import { IncidentRow, IncidentsRepository } from './incidents.repository';
import { IncidentsService } from './incidents.service';
import { PublishReviewInput } from './incidents.types';
import { ActionRow, ReviewRow, ReviewsRepository } from './reviews.repository';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Review actions are often a sentence: 300, as the review_action table allows, not the table's 200 for titles. */
const ACTION_TITLE_MAX = 300;

export interface ReviewerCandidateRow {
  userId: string;
  displayName: string;
  role: string;
  independent: boolean;
  problems: string[];
}

/** The independent review: an IT director assigns someone who did not work the incident; their findings become tracked actions. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly incidentRows: IncidentsRepository,
    private readonly changes: ChangesRepository,
    private readonly incidents: IncidentsService,
    private readonly copies: DirectoryCopiesRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async assignReviewer(incidentId: string, reviewerId: string): Promise<IncidentRow> {
    const incident = await this.incidents.require(incidentId);
    if (incident.state === 'REVIEWED')
      throw incidentErrors.error('INCIDENT_CLOSED', 'This incident is already reviewed', { incidentId });
    const reviewer = await this.copies.member(reviewerId);
    if (!reviewer)
      throw badInput(
        'The reviewer must be a member of your trust (a REVIEWER from another organisation is added in directory)',
        { field: 'reviewerId' },
      );
    const problems = independenceProblems(reviewerId, await this.whoWorkedIt(incident));
    if (problems.length) {
      throw incidentErrors.error(
        'REVIEWER_NOT_INDEPENDENT',
        `${reviewer.displayName} cannot review this incident: they ${problems.join(' and ')}. Choose someone who did not work it.`,
        { incidentId, reviewerId, problems },
      );
    }
    await this.incidentRows.setReviewer(incidentId, reviewerId);
    await this.audit.record({
      entity: 'incident',
      entityId: incidentId,
      action: 'reviewer_assigned',
      before: { reviewerId: incident.reviewerId },
      after: { reviewerId },
    });
    return this.incidents.require(incidentId);
  }

  /** Everyone who could read the incident, independent ones first (reviewers before staff): what the director picks from. */
  async candidates(incidentId: string): Promise<ReviewerCandidateRow[]> {
    const incident = await this.incidents.require(incidentId);
    const who = await this.whoWorkedIt(incident);
    const members = await this.reviews.members(rolesWith('SEE_INCIDENTS'));
    return members
      .map((m) => {
        const problems = independenceProblems(m.userId, who);
        return { ...m, problems, independent: !problems.length };
      })
      .sort(
        (a, b) =>
          a.problems.length - b.problems.length || Number(b.role === 'REVIEWER') - Number(a.role === 'REVIEWER'),
      );
  }

  async publish(actor: Actor, input: PublishReviewInput): Promise<ReviewRow> {
    const findings = text('findings', input.findings, 'document', { label: 'Findings' });
    const actions: { title: string; ownerId: string; dueOn: string }[] = [];
    for (const a of input.actions ?? []) {
      const title = text('actions', a.title, 'title', { label: "Each action's title", max: ACTION_TITLE_MAX });
      if (!ISO_DATE.test(a.dueOn)) throw badInput('Action due dates are YYYY-MM-DD', { field: 'actions' });
      if (!(await this.copies.member(a.ownerId)))
        throw badInput("Each action's owner must be a member of your trust", { field: 'actions' });
      actions.push({ title, ownerId: a.ownerId, dueOn: a.dueOn });
    }
    const incident = await this.incidents.require(input.incidentId);
    if (incident.reviewerId !== actor.userId)
      throw forbidden('Only the reviewer assigned to this incident publishes its review', { incidentId: incident.id });
    if (incident.state !== 'RESOLVED')
      throw incidentErrors.error('INCIDENT_NOT_RESOLVED', 'Publish the review once the incident is resolved', {
        incidentId: incident.id,
      });
    const factors = (input.contributingFactors ?? []).map((f) => f.trim()).filter(Boolean);
    const review = await this.reviews.insertReview(incident.id, actor.userId, findings, factors);
    if (!review)
      throw incidentErrors.error('REVIEW_ALREADY_PUBLISHED', "This incident's review is already published", {
        incidentId: incident.id,
      });
    for (const a of actions) await this.reviews.insertAction(incident.id, a);
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
      at: this.clock.now().toISOString(),
    });
    return review;
  }

  review(incidentId: string): Promise<ReviewRow | null> {
    return this.reviews.review(incidentId);
  }

  actions(incidentId: string): Promise<ActionRow[]> {
    return this.reviews.actions(incidentId);
  }

  /** Published reviews with their incidents, newest first: what governors read. */
  async published(): Promise<{ incident: IncidentRow; review: ReviewRow }[]> {
    const out: { incident: IncidentRow; review: ReviewRow }[] = [];
    for (const review of await this.reviews.published()) {
      const incident = await this.incidents.get(review.incidentId);
      if (incident) out.push({ incident, review });
    }
    return out;
  }

  async completeAction(actor: Actor, actionId: string): Promise<ActionRow> {
    const action = await this.reviews.action(actionId);
    if (!action)
      throw incidentErrors.error('ACTION_NOT_FOUND', 'No review action with that id that you can see', { actionId });
    // Whoever assigns reviewers (the IT director) may close anyone's action.
    if (action.ownerId !== actor.userId && !can(actor.role, 'ASSIGN_REVIEWERS'))
      throw forbidden("The action's owner or the IT director closes it");
    if (action.status === 'DONE') return action;
    const doneAt = this.clock.now();
    await this.reviews.completeAction(actionId, doneAt);
    await this.audit.record({
      entity: 'review_action',
      entityId: actionId,
      action: 'done',
      before: { status: 'OPEN' },
      after: { status: 'DONE' },
    });
    return { ...action, status: 'DONE', doneAt };
  }

  private async whoWorkedIt(incident: IncidentRow): Promise<WhoWorkedIt> {
    const entryAuthors = await this.incidentRows.entryAuthors(incident.id);
    const changes = await this.changes.workedBy(incident.linkedChangeIds);
    return {
      commanderId: incident.commanderId,
      openedBy: incident.openedBy,
      entryAuthors,
      changeApprovers: changes.approvers,
      changeImplementers: changes.implementers,
    };
  }
}
