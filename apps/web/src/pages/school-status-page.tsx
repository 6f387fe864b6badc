import { getRouteApi, Link } from '@tanstack/react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useSchoolStatus } from '../modules/board/hooks/use-board';
import { useLive } from '../api/live/use-live';
import { ErrorNotice, Loading } from '../ui/status';

/** One school's figures and its twelve weeks of tickets. */
const route = getRouteApi('/school/$id');

export function SchoolStatusPage() {
  const { id } = route.useParams();
  const { data, error, isPending, refetch } = useSchoolStatus(id, useLive('board'));
  if (isPending)
    return (
      <main className="page">
        <Loading>Loading the school…</Loading>
      </main>
    );
  if (error)
    return (
      <main className="page">
        <ErrorNotice message={error.message} onRetry={() => void refetch()} />
      </main>
    );
  const s = data.schoolStatus;
  return (
    <main className="page">
      <p>
        <Link to="/board">← Board</Link>
      </p>
      <h1>{s.schoolName}</h1>
      <dl className="facts">
        <dt>Open tickets</dt>
        <dd>{s.openTickets}</dd>
        <dt>SLA met (28 days)</dt>
        <dd>
          {s.slaMetPercent === null ? '—' : `${s.slaMetPercent}%`} ({s.breaches} breaches)
        </dd>
        <dt>Median first response</dt>
        <dd>{s.medianFirstResponseMinutes === null ? '—' : `${s.medianFirstResponseMinutes} min`}</dd>
        <dt>CSAT</dt>
        <dd>
          {s.csatAverage ?? '—'} ({s.csatCount} ratings)
        </dd>
        <dt>Open incidents</dt>
        <dd>
          {s.openIncidents}
          {s.maxSeverity ? `, worst ${s.maxSeverity}` : ''}
        </dd>
        <dt>Standards coverage</dt>
        <dd>{s.standardsCoverage === null ? '—' : `${Math.round(s.standardsCoverage * 100)}%`}</dd>
      </dl>
      <figure aria-label="Tickets opened and resolved per week">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={s.trend}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="weekStart" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} />
            <Tooltip />
            <Legend />
            <Bar dataKey="ticketsOpened" name="Opened" fill="#1f4e8c" isAnimationActive={false} />
            <Bar dataKey="ticketsResolved" name="Resolved" fill="#1e7a46" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </main>
  );
}
