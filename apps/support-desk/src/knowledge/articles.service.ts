import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, notFound, TenantDb } from '@trustops/service-kit';
import { ReferencesService } from '../references/references.service';
import { CATEGORIES } from '../tickets/ticket-rules';
import { Article, ArticleInput, PHASES } from './articles.types';

const COLUMNS = `a.id, a.title, a.body, a.category, a.phase, a.updated_at AS "updatedAt"`;
/** Any of the words, stemmed (plainto_tsquery ANDs them; a question rarely shares every word with an article). */
const ANY_WORD = `(SELECT replace(plainto_tsquery('english', $1)::text, '&', '|')::tsquery AS q) w`;

export function checkArticle(input: ArticleInput): void {
  if (!input.title.trim() || input.title.length > 200)
    throw badInput('A title is 1 to 200 characters', { field: 'title' });
  if (!input.body.trim() || input.body.length > 50_000)
    throw badInput('The body is 1 to 50,000 characters', { field: 'body' });
  if (input.category && !(CATEGORIES as readonly string[]).includes(input.category))
    throw badInput(`Category must be one of ${CATEGORIES.join(', ')}`, { field: 'category' });
  if (input.phase && !(PHASES as readonly string[]).includes(input.phase))
    throw badInput(`Phase must be one of ${PHASES.join(', ')}`, { field: 'phase' });
}

/** Knowledge articles and their full-text suggestions (PostgreSQL tsvector, title weighted over body). */
@Injectable()
export class ArticlesService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
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
    const phase = schoolId ? (await this.refs.requireSchool(actor, schoolId)).phase : null;
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM support_desk.article a, ${ANY_WORD}
       WHERE a.search @@ w.q AND ($2::text IS NULL OR a.phase IS NULL OR a.phase = $2)
       ORDER BY ts_rank(a.search, w.q) * (CASE WHEN a.category = $3 THEN 1.5 ELSE 1 END) DESC, a.updated_at DESC LIMIT $4`,
      [text, phase, category, limit],
    );
  }

  list(text: string | null, first: number): Promise<Article[]> {
    if (text?.trim())
      return this.db
        .em()
        .query(
          `SELECT ${COLUMNS} FROM support_desk.article a, ${ANY_WORD} WHERE a.search @@ w.q ORDER BY ts_rank(a.search, w.q) DESC LIMIT $2`,
          [text, first],
        );
    return this.db.em().query(`SELECT ${COLUMNS} FROM support_desk.article a ORDER BY a.title LIMIT $1`, [first]);
  }

  async get(id: string): Promise<Article | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM support_desk.article a WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async create(actor: Actor, input: ArticleInput): Promise<Article> {
    checkArticle(input);
    const [{ id }] = await this.db
      .em()
      .query(
        'INSERT INTO support_desk.article (title, body, category, phase, author_id) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [input.title.trim(), input.body, input.category ?? null, input.phase ?? null, actor.userId],
      );
    await this.audit.record({ entity: 'article', entityId: id, action: 'created', after: input });
    return (await this.get(id))!;
  }

  async update(id: string, input: ArticleInput): Promise<Article> {
    checkArticle(input);
    const before = await this.get(id);
    if (!before) throw notFound('ARTICLE_NOT_FOUND', 'No article with that id in your trust', { articleId: id });
    await this.db
      .em()
      .query(
        'UPDATE support_desk.article SET title = $2, body = $3, category = $4, phase = $5, updated_at = now() WHERE id = $1',
        [id, input.title.trim(), input.body, input.category ?? null, input.phase ?? null],
      );
    await this.audit.record({ entity: 'article', entityId: id, action: 'updated', before, after: input });
    return (await this.get(id))!;
  }
}
