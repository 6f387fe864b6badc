import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { actionView, incidentView } from './incident-views';
import {
  Incident,
  PublishedReview,
  PublishReviewInput,
  Review,
  ReviewAction,
  ReviewerCandidate,
} from './incidents.types';
import { ReviewRow } from './reviews.repository';
import { ReviewsService } from './reviews.service';

/** The independent post-incident review (seed 000): assigning the reviewer, publishing, its actions. */
@Resolver(() => Incident)
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @Mutation(() => Incident, {
    description: 'Fails with REVIEWER_NOT_INDEPENDENT for anyone who worked the incident or a linked change',
  })
  @Can('ASSIGN_REVIEWERS')
  async assignReviewer(
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @Args('reviewerId', { type: () => ID }) reviewerId: string,
  ) {
    return incidentView(await this.reviews.assignReviewer(incidentId, reviewerId));
  }

  @Query(() => [ReviewerCandidate], {
    description: 'Who the IT director could assign, with why someone is not independent',
  })
  @Can('ASSIGN_REVIEWERS')
  async reviewerCandidates(@Args('incidentId', { type: () => ID }) incidentId: string): Promise<ReviewerCandidate[]> {
    return (await this.reviews.candidates(incidentId)).map((c) => ({ ...c, user: { id: c.userId } }));
  }

  @Mutation(() => Review)
  @Can('PUBLISH_REVIEWS')
  async publishReview(@Args('input') input: PublishReviewInput, @CurrentActor() actor: Actor) {
    return this.reviewView(await this.reviews.publish(actor, input));
  }

  @Mutation(() => ReviewAction)
  @Can('COMPLETE_REVIEW_ACTIONS')
  async completeReviewAction(@Args('actionId', { type: () => ID }) actionId: string, @CurrentActor() actor: Actor) {
    return actionView(await this.reviews.completeAction(actor, actionId));
  }

  @Query(() => [PublishedReview], { description: 'Published independent reviews, for governors and executives' })
  @Can('SEE_PUBLISHED_REVIEWS')
  async publishedReviews(): Promise<PublishedReview[]> {
    const out: PublishedReview[] = [];
    for (const { incident, review } of await this.reviews.published())
      out.push({ incident: incidentView(incident), review: await this.reviewView(review) });
    return out;
  }

  @ResolveField(() => Review, { nullable: true })
  async review(@Parent() incident: Incident & { id: string }) {
    const review = await this.reviews.review(incident.id);
    return review ? this.reviewView(review) : null;
  }

  private async reviewView(r: ReviewRow): Promise<Review> {
    return {
      ...r,
      reviewer: { id: r.reviewerId },
      actions: (await this.reviews.actions(r.incidentId)).map(actionView),
    };
  }
}
