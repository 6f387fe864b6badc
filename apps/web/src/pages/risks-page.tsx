import { useRisks } from '../modules/roadmap/hooks/use-roadmap';
import { ExportCsvButton } from '../ui/export-csv-button';
import { ErrorNotice, Loading } from '../ui/status';

const SCALE = [5, 4, 3, 2, 1];
const tone = (score: number) => (score >= 15 ? 'high' : score >= 8 ? 'medium' : 'low');

/** The risk register as a likelihood × impact heat map, and the list behind it. */
export function RisksPage() {
  const { data, error, isPending, refetch } = useRisks();
  if (isPending)
    return (
      <main className="page">
        <Loading>Loading risks…</Loading>
      </main>
    );
  if (error)
    return (
      <main className="page">
        <ErrorNotice message={error.message} onRetry={() => void refetch()} />
      </main>
    );
  const open = data.risks.filter((r) => r.status === 'OPEN');
  return (
    <main className="page">
      <h1>Risks</h1>
      <table className="heatmap" aria-label="Risk heat map">
        <caption>Open risks by likelihood (rows) and impact (columns)</caption>
        <thead>
          <tr>
            <th scope="col">Likelihood \ impact</th>
            {[1, 2, 3, 4, 5].map((i) => (
              <th key={i} scope="col">
                {i}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SCALE.map((l) => (
            <tr key={l}>
              <th scope="row">{l}</th>
              {[1, 2, 3, 4, 5].map((i) => {
                const here = open.filter((r) => r.likelihood === l && r.impact === i);
                return (
                  <td key={i} className={`heat-${tone(l * i)}`} title={here.map((r) => r.title).join('\n')}>
                    {here.length || ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ExportCsvButton
        fileName="risks.csv"
        rows={data.risks}
        columns={[
          ['Risk', (r) => r.title],
          ['Likelihood', (r) => r.likelihood],
          ['Impact', (r) => r.impact],
          ['Score', (r) => r.score],
          ['Status', (r) => r.status],
          ['Owner', (r) => r.owner?.displayName],
          ['Mitigation', (r) => r.mitigation],
        ]}
      />
      <ol className="risk-list">
        {data.risks.map((r) => (
          <li key={r.id}>
            <span className={`badge heat-${tone(r.score)}`}>{r.score}</span> <strong>{r.title}</strong>{' '}
            <span className="muted">
              {r.mitigation} · {r.owner?.displayName ?? 'no owner'}
            </span>
          </li>
        ))}
      </ol>
    </main>
  );
}
