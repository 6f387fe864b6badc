import { ReviewReport } from '../modules/incidents/components/review-panel';
import { usePublishedReviews } from '../modules/incidents/hooks/use-incidents';
import { Empty, ErrorNotice, Loading } from '../ui/status';

/** Governors and executives: every published independent review, with its actions and their progress. */
export function ReviewsPage() {
  const { data, error, isPending, refetch } = usePublishedReviews();
  return (
    <main className="page">
      <h1>Post-incident reviews</h1>
      {isPending && <Loading>Loading reviews…</Loading>}
      {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
      {data && !data.publishedReviews.length && <Empty>No reviews published yet.</Empty>}
      {data?.publishedReviews.map((r) => (
        <article key={r.incident.id} className="change-card" aria-label={r.incident.title}>
          <h3>
            {r.incident.title} <span className="badge">{r.incident.severity}</span>
          </h3>
          <ReviewReport review={r.review} />
        </article>
      ))}
    </main>
  );
}
