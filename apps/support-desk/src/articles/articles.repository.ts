import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { Article } from './articles.types';

const COLUMNS = `a.id, a.title, a.body, a.category, a.phase, a.updated_at AS "updatedAt"`;
/** Any of the words, stemmed (plainto_tsquery ANDs them; a question rarely shares every word with an article). */
const ANY_WORD = `(SELECT replace(plainto_tsquery('english', $1)::text, '&', '|')::tsquery AS q) w`;

export interface ArticleFields {
  title: string;
  body: string;
  category: string | null;
  phase: string | null;
}

/** Knowledge articles and their full-text search (PostgreSQL tsvector, title weighted over body). */
@Injectable()
export class ArticlesRepository {
  constructor(private readonly db: TenantDb) {}

  /** By text rank, nudged up for the same category; only articles for every phase or for `phase`. */
  suggest(text: string, phase: string | null, category: string | null, limit: number): Promise<Article[]> {
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM support_desk.article a, ${ANY_WORD}
       WHERE a.search @@ w.q AND ($2::text IS NULL OR a.phase IS NULL OR a.phase = $2)
       ORDER BY ts_rank(a.search, w.q) * (CASE WHEN a.category = $3 THEN 1.5 ELSE 1 END) DESC, a.updated_at DESC LIMIT $4`,
      [text, phase, category, limit],
    );
  }

  search(text: string, limit: number): Promise<Article[]> {
    return this.db
      .em()
      .query(
        `SELECT ${COLUMNS} FROM support_desk.article a, ${ANY_WORD} WHERE a.search @@ w.q ORDER BY ts_rank(a.search, w.q) DESC LIMIT $2`,
        [text, limit],
      );
  }

  byTitle(limit: number): Promise<Article[]> {
    return this.db.em().query(`SELECT ${COLUMNS} FROM support_desk.article a ORDER BY a.title LIMIT $1`, [limit]);
  }

  async byId(id: string): Promise<Article | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM support_desk.article a WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async insert(article: ArticleFields, authorId: string): Promise<string> {
    const [{ id }] = await this.db
      .em()
      .query(
        'INSERT INTO support_desk.article (title, body, category, phase, author_id) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [article.title, article.body, article.category, article.phase, authorId],
      );
    return id;
  }

  async update(id: string, article: ArticleFields): Promise<void> {
    await this.db
      .em()
      .query(
        'UPDATE support_desk.article SET title = $2, body = $3, category = $4, phase = $5, updated_at = now() WHERE id = $1',
        [id, article.title, article.body, article.category, article.phase],
      );
  }
}
