import type { Article } from '../hooks/use-tickets';

/** Knowledge articles, collapsed to their titles; a click opens one in place. */
export function ArticleList({ articles, heading }: { articles: Article[]; heading: string }) {
  if (!articles.length) return null;
  return (
    <section aria-label={heading} className="articles">
      <h3>{heading}</h3>
      {articles.map((a) => (
        <details key={a.id}>
          <summary>{a.title}</summary>
          <p>{a.body}</p>
        </details>
      ))}
    </section>
  );
}
