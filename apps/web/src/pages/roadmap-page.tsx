import { can } from '@trustops/contracts';
import { MeasureChart } from '../modules/roadmap/components/measure-chart';
import { RoadmapLanes } from '../modules/roadmap/components/roadmap-lanes';
import { useObjectives, useRoadmap } from '../modules/roadmap/hooks/use-roadmap';
import { useSession } from '../modules/session/hooks/use-session';
import { ErrorNotice, Loading } from '../ui/status';

/** The CEO's roadmap: now / next / later by objective with costs; below, each objective's measures over time. */
export function RoadmapPage() {
  const { session } = useSession();
  const role = session?.role;
  const { data, error, isPending, refetch } = useRoadmap();
  return (
    <main className="page">
      <h1>Roadmap</h1>
      {isPending && <Loading>Loading the roadmap…</Loading>}
      {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
      {data && <RoadmapLanes lanes={data.roadmap} canMove={can(role, 'EDIT_ROADMAP')} />}
      {can(role, 'READ_ROADMAP') && <Objectives />}
    </main>
  );
}

function Objectives() {
  const { data, error } = useObjectives();
  if (error) return <ErrorNotice message={error.message} />;
  return (
    <section aria-label="Objectives">
      <h2>Objectives and their measures</h2>
      <div className="objectives">
        {data?.objectives.map((o) => (
          <article key={o.id} className="change-card" aria-label={o.title}>
            <h3>
              {o.title} <span className="muted">{o.initiatives.length} initiatives</span>
            </h3>
            {o.measures.map((m) => (
              <MeasureChart key={m.id} measure={m} />
            ))}
          </article>
        ))}
      </div>
    </section>
  );
}
