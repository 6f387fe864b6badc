import { can } from '@trustops/contracts';
import { CoverageBars } from '../modules/roadmap/components/coverage-bars';
import { usePlanGap, useStandards } from '../modules/roadmap/hooks/use-roadmap';
import { useSession } from '../modules/session/hooks/use-session';
import { ErrorNotice, Loading } from '../ui/status';

const LEVEL: Record<string, string> = { MET: 'Met', PARTLY_MET: 'Partly', NOT_MET: 'Not met' };

/** DfE digital standards: the school × standard matrix, trust coverage, and a gap turned into an initiative in one step. */
export function StandardsPage() {
  const { session } = useSession();
  // Planning a gap adds an initiative to the roadmap: the roadmap's editors do it.
  const canPlan = can(session?.role, 'EDIT_ROADMAP');
  const { data, error, isPending, refetch } = useStandards();
  const turn = usePlanGap();
  if (isPending)
    return (
      <main className="page">
        <Loading>Loading standards…</Loading>
      </main>
    );
  if (error)
    return (
      <main className="page">
        <ErrorNotice message={error.message} onRetry={() => void refetch()} />
      </main>
    );
  const schools = [...new Map(data.standardAssessments.map((a) => [a.school.id, a.school.name])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1]),
  );
  const level = (schoolId: string, standardId: string) =>
    data.standardAssessments.find((a) => a.school.id === schoolId && a.standard.id === standardId)?.level;
  return (
    <main className="page">
      <h1>Digital standards</h1>
      <CoverageBars coverage={data.standardsCoverage} />
      {turn.error && <ErrorNotice message={turn.error.message} />}
      {turn.isSuccess && <p role="status">Added to the roadmap as a proposed initiative in Next.</p>}
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">School</th>
            {data.standardsCoverage.map((c) => (
              <th key={c.standard.id} scope="col" title={c.standard.title}>
                {c.standard.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schools.map(([id, name]) => (
            <tr key={id}>
              <th scope="row">{name}</th>
              {data.standardsCoverage.map((c) => {
                const l = level(id, c.standard.id);
                return (
                  <td key={c.standard.id} className={`level-${(l ?? 'none').toLowerCase()}`}>
                    {l ? LEVEL[l] : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {canPlan && (
          <tfoot>
            <tr>
              <th scope="row">Plan the gap</th>
              {data.standardsCoverage.map((c) => (
                <td key={c.standard.id}>
                  {c.partlyMet + c.notMet > 0 && (
                    <button
                      type="button"
                      className="off"
                      aria-label={`Plan the ${c.standard.title} gap as an initiative`}
                      onClick={() => void turn.planGap(c.standard.id)}
                    >
                      Plan
                    </button>
                  )}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </main>
  );
}
