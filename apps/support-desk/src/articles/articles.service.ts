import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, text } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import type { TicketEntity } from '../tickets/ticket.entity';
import { CATEGORIES } from '../tickets/ticket-rules';
import { articleErrors } from './articles.errors';
import { ArticleFields, ArticlesRepository } from './articles.repository';
import { Article, ArticleInput, PHASES } from './articles.types';

/** The body is stored as written (its layout is the author's); only the title is trimmed. */
export function checkArticle(input: ArticleInput): ArticleFields {
  const title = text('title', input.title, 'title');
  text('body', input.body, 'document');
  if (input.category && !(CATEGORIES as readonly string[]).includes(input.category))
    throw badInput(`Category must be one of ${CATEGORIES.join(', ')}`, { field: 'category' });
  if (input.phase && !(PHASES as readonly string[]).includes(input.phase))
    throw badInput(`Phase must be one of ${PHASES.join(', ')}`, { field: 'phase' });
  return { title, body: input.body, category: input.category ?? null, phase: input.phase ?? null };
}

/** Knowledge articles and their suggestions for a question. */
@Injectable()
export class ArticlesService {
  constructor(
    private readonly repo: ArticlesRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly audit: AuditService,
  ) {}

  /** The best few articles for a question: text rank, a nudge for the same category, only the school's phase. */
  async suggest(
    actor: Actor,
    text: string,
    schoolId: string | null,
    category: string | null,
    limit = 5,
  ): Promise<Article[]> {
    if (text.length > 2000) throw badInput('Search with up to 2,000 characters', { field: 'text' });
    if (!text.trim()) return [];
    const phase = schoolId ? (await this.copies.requireSchool(actor, schoolId)).phase : null;
    return this.repo.suggest(text, phase, category, limit);
  }

  /** For a HOW_TO ticket: the three that best match its subject and description; none for other kinds. */
  suggestFor(
    actor: Actor,
    ticket: Pick<TicketEntity, 'kind' | 'subject' | 'description' | 'schoolId' | 'category'>,
  ): Promise<Article[]> {
    if (ticket.kind !== 'HOW_TO') return Promise.resolve([]);
    const question = `${ticket.subject} ${ticket.description}`.slice(0, 2000);
    return this.suggest(actor, question, ticket.schoolId, ticket.category, 3);
  }

  list(text: string | null, first: number): Promise<Article[]> {
    const limit = Math.min(Math.max(first, 1), 200);
    return text?.trim() ? this.repo.search(text, limit) : this.repo.byTitle(limit);
  }

  get(id: string): Promise<Article | null> {
    return this.repo.byId(id);
  }

  async create(actor: Actor, input: ArticleInput): Promise<Article> {
    const id = await this.repo.insert(checkArticle(input), actor.userId);
    await this.audit.record({ entity: 'article', entityId: id, action: 'created', after: input });
    return (await this.repo.byId(id))!;
  }

  async update(id: string, input: ArticleInput): Promise<Article> {
    const fields = checkArticle(input);
    const before = await this.repo.byId(id);
    if (!before)
      throw articleErrors.error('ARTICLE_NOT_FOUND', 'No article with that id in your trust', { articleId: id });
    await this.repo.update(id, fields);
    await this.audit.record({ entity: 'article', entityId: id, action: 'updated', before, after: input });
    return (await this.repo.byId(id))!;
  }
}
