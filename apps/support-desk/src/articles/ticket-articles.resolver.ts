import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@trustops/service-kit';
import type { TicketEntity } from '../tickets/ticket.entity';
import { Ticket } from '../tickets/tickets.types';
import { ArticlesService } from './articles.service';
import { Article } from './articles.types';

/** Ticket.suggestedArticles, added to the Ticket type by the articles feature. */
@Resolver(() => Ticket)
export class TicketArticlesResolver {
  constructor(private readonly articles: ArticlesService) {}

  @ResolveField(() => [Article], {
    description: 'For a HOW_TO: the knowledge articles that best match its subject and description',
  })
  suggestedArticles(@Parent() t: TicketEntity, @CurrentActor() actor: Actor) {
    return this.articles.suggestFor(actor, t);
  }
}
