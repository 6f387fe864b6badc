import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Actor, CurrentActor, IdempotencyKey, IdempotencyService, Roles } from '@trustops/service-kit';
import { IT_TEAM, ref } from '../shared.types';
import { IncidentRow, IncidentsService } from './incidents.service';
import {
  Incident,
  IncidentStateEnum,
  OpenIncidentInput,
  PublishedReview,
  PublishReviewInput,
  Review,
  ReviewAction,
  ReviewerCandidate,
  TimelineEntry,
} from './incidents.types';
import { ActionRow, ReviewRow, ReviewsService } from './reviews.service';

const READERS = [...IT_TEAM, 'EXECUTIVE', 'REVIEWER'] as const;

export const incidentView = (i: IncidentRow): Incident & { id: string } => ({
  ...i,
  schools: i.schoolIds.map((id) => ({ id })),
  commander: ref(i.commanderId),
  reviewer: ref(i.reviewerId),
});
const actionView = (a: ActionRow): ReviewAction => ({ ...a, owner: { id: a.ownerId } });

@Resolver(() => Incident)
export class IncidentsResolver {
  constructor(
    private readonly service: IncidentsService,
    private readonly reviews: ReviewsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => [Incident], {
    description: 'Incidents of your schools, newest first; a reviewer sees only those assigned to them',
  })
  @Roles(...READERS)
  async incidents(@Args('state', { type: () => [IncidentStateEnum], nullable: true }) state?: IncidentStateEnum[]) {
    return (await this.service.list(state ?? null)).map(incidentView);
  }

  @Query(() => Incident, { nullable: true })
  @Roles(...READERS)
  async incident(@Args('id', { type: () => ID }) id: string) {
    const row = await this.service.get(id);
    return row ? incidentView(row) : null;
  }

  @Mutation(() => Incident, {
    description: 'SEV1/SEV2 and data breaches require a review; a data breach starts the 72-hour ICO clock',
  })
  @Roles(...IT_TEAM)
  async openIncident(
    @Args('input') input: OpenIncidentInput,
    @IdempotencyKey() key: string | null,
    @CurrentActor() actor: Actor,
  ) {
    return incidentView(
      await this.idempotency.once({
        key,
        operation: 'openIncident',
        input,
        create: () => this.service.open(actor, input),
        idOf: (i) => i.id,
        load: (id) => this.service.get(id),
      }),
    );
  }

  @Mutation(() => TimelineEntry)
  @Roles(...IT_TEAM)
  async addTimelineEntry(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('body') body: string,
    @Args('at', { nullable: true }) at: Date,
    @CurrentActor() actor: Actor,
  ) {
    const entry = await this.service.addEntry(actor, incidentId, body, at ?? null);
    return { ...entry, author: { id: entry.authorId } };
  }

  @Mutation(() => Incident, {
    description: 'OPEN → MITIGATED → RESOLVED → REVIEWED (a required review must be published first)',
  })
  @Roles(...IT_TEAM)
  async setIncidentState(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('state', { type: () => IncidentStateEnum }) state: IncidentStateEnum,
    @CurrentActor() actor: Actor,
  ) {
    return incidentView(await this.service.setState(actor, incidentId, state));
  }

  @Mutation(() => Incident)
  @Roles(...IT_TEAM)
  async recordIcoNotification(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('at', { nullable: true }) at: Date,
  ) {
    return incidentView(await this.service.recordIcoNotification(incidentId, at ?? new Date()));
  }

  @Mutation(() => Incident, {
    description: "Ticket ids are the support desk's; change ids must be changes you can see",
  })
  @Roles(...IT_TEAM)
  async linkIncident(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('ticketIds', { type: () => [ID], nullable: true }) ticketIds: string[],
    @Args('changeIds', { type: () => [ID], nullable: true }) changeIds: string[],
  ) {
    return incidentView(await this.service.link(incidentId, ticketIds ?? [], changeIds ?? []));
  }

  @Mutation(() => Incident, {
    description: 'Fails with REVIEWER_NOT_INDEPENDENT for anyone who worked the incident or a linked change',
  })
  @Roles('IT_DIRECTOR')
  async assignReviewer(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('reviewerId', { type: () => ID }) reviewerId: string,
  ) {
    return incidentView(await this.reviews.assignReviewer(incidentId, reviewerId));
  }

  @Query(() => [ReviewerCandidate], {
    description: 'Who the IT director could assign, with why someone is not independent',
  })
  @Roles('IT_DIRECTOR')
  async reviewerCandidates(@Args('incidentId', { type: () => ID }) incidentId: string): Promise<ReviewerCandidate[]> {
    return (await this.reviews.candidates(incidentId)).map((c) => ({
      ...c,
      user: { id: c.userId },
      independent: !c.problems.length,
    }));
  }

  @Mutation(() => Review)
  @Roles(...READERS)
  async publishReview(@Args('input') input: PublishReviewInput, @CurrentActor() actor: Actor) {
    return this.reviewView(await this.reviews.publish(actor, input));
  }

  @Mutation(() => ReviewAction)
  @Roles(...READERS, 'GOVERNOR', 'STAFF')
  async completeReviewAction(@Args('actionId', { type: () => ID }) actionId: string, @CurrentActor() actor: Actor) {
    return actionView(await this.reviews.completeAction(actor, actionId));
  }

  @Query(() => [PublishedReview], { description: 'Published independent reviews, for governors and executives' })
  @Roles('GOVERNOR', 'EXECUTIVE', 'IT_DIRECTOR')
  async publishedReviews(): Promise<PublishedReview[]> {
    const out: PublishedReview[] = [];
    for (const review of await this.reviews.published()) {
      const incident = await this.service.get(review.incidentId);
      if (incident) out.push({ incident: incidentView(incident), review: await this.reviewView(review) });
    }
    return out;
  }

  @ResolveField(() => [TimelineEntry])
  async timeline(@Parent() incident: Incident & { id: string }) {
    return (await this.service.entries(incident.id)).map((e) => ({ ...e, author: { id: e.authorId } }));
  }

  @ResolveField(() => Review, { nullable: true })
  async review(@Parent() incident: Incident & { id: string }) {
    const review = await this.reviews.review(incident.id);
    return review ? this.reviewView(review) : null;
  }

  /** Other services name incidents by id (the roadmap's risks); RLS decides what the caller sees. */
  @ResolveReference()
  async resolveReference(ref: { id: string }) {
    const row = await this.service.get(ref.id);
    return row ? incidentView(row) : null;
  }

  private async reviewView(r: ReviewRow): Promise<Review> {
    return {
      ...r,
      reviewer: { id: r.reviewerId },
      actions: (await this.reviews.actions(r.incidentId)).map(actionView),
    };
  }
}
