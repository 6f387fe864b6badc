import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Roles } from '@trustops/service-kit';
import { ArticlesService } from './articles.service';
import { Article, ArticleInput } from './articles.types';

const READERS = ['STAFF', 'TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR', 'EXECUTIVE'] as const;
const WRITERS = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'] as const;

@Resolver(() => Article)
export class ArticlesResolver {
  constructor(private readonly service: ArticlesService) {}

  @Query(() => [Article], { description: 'Top articles for a question, e.g. the subject of a HOW_TO being typed' })
  @Roles(...READERS)
  suggestArticles(
    @CurrentActor() actor: Actor,
    @Args('text') text: string,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string,
    @Args('category', { nullable: true }) category?: string,
  ) {
    return this.service.suggest(actor, text, schoolId ?? null, category ?? null);
  }

  @Query(() => [Article])
  @Roles(...READERS)
  articles(
    @Args('text', { nullable: true }) text?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return this.service.list(text ?? null, Math.min(Math.max(first ?? 50, 1), 200));
  }

  @Query(() => Article, { nullable: true })
  @Roles(...READERS)
  article(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => Article)
  @Roles(...WRITERS)
  createArticle(@Args('input') input: ArticleInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Article)
  @Roles(...WRITERS)
  updateArticle(@Args('id', { type: () => ID }) id: string, @Args('input') input: ArticleInput) {
    return this.service.update(id, input);
  }
}
