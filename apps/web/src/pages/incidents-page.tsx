import { IncidentCard } from '../modules/incidents/components/incident-card';
import { OpenIncidentForm } from '../modules/incidents/components/open-incident-form';
import { useIncidents } from '../modules/incidents/hooks/use-incidents';
import { useSession } from '../modules/session/hooks/use-session';
import { Empty, ErrorNotice, Loading } from '../ui/status';

const TEAM = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'];

/** Incidents newest first; a reviewer sees only those assigned to them. */
export function IncidentsPage() {
  const { session } = useSession();
  const { data, error, isPending, refetch } = useIncidents();
  return (
    <div className="requests">
      {TEAM.includes(session?.role ?? '') ? <OpenIncidentForm /> : <div />}
      <main className="page">
        <h1>Incidents</h1>
        {isPending && <Loading>Loading incidents…</Loading>}
        {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
        {data && (data.incidents.length ? data.incidents.map((i) => <IncidentCard key={i.id} incident={i} />) : <Empty>No incidents.</Empty>)}
      </main>
    </div>
  );
}
