import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { ArticlesService } from './articles.service';
import { Article, ArticleInput } from './articles.types';

@Resolver(() => Article)
export class ArticlesResolver {
  constructor(private readonly service: ArticlesService) {}

  @Query(() => [Article], { description: 'Top articles for a question, e.g. the subject of a HOW_TO being typed' })
  @Can('USE_DESK')
  suggestArticles(
    @CurrentActor() actor: Actor,
    @Args('text') text: string,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string,
    @Args('category', { nullable: true }) category?: string,
  ) {
    return this.service.suggest(actor, text, schoolId ?? null, category ?? null);
  }

  @Query(() => [Article])
  @Can('USE_DESK')
  articles(
    @Args('text', { nullable: true }) text?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return this.service.list(text ?? null, first ?? 50);
  }

  @Query(() => Article, { nullable: true })
  @Can('USE_DESK')
  article(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Article)
  @Can('WORK_TICKETS')
  createArticle(@Args('input') input: ArticleInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Article)
  @Can('WORK_TICKETS')
  updateArticle(@Args('id', { type: () => ID }) id: string, @Args('input') input: ArticleInput) {
    return this.service.update(id, input);
  }
}
