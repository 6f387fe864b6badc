import { IncidentCard } from '../modules/incidents/components/incident-card';
import { OpenIncidentForm } from '../modules/incidents/components/open-incident-form';
import { useIncidents } from '../modules/incidents/hooks/use-incidents';
import { useSession } from '../modules/session/hooks/use-session';
import { ExportCsvButton } from '../ui/export-csv-button';
import { Empty, ErrorNotice, Loading } from '../ui/status';
import { can } from '@trustops/contracts';

/** Incidents newest first; a reviewer sees only those assigned to them. */
export function IncidentsPage() {
  const { session } = useSession();
  const { data, error, isPending, refetch } = useIncidents();
  return (
    <div className="requests">
      {can(session?.role, 'WORK_INCIDENTS') ? <OpenIncidentForm /> : <div />}
      <main className="page">
        <h1>Incidents</h1>
        {isPending && <Loading>Loading incidents…</Loading>}
        {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
        {data && (
          <ExportCsvButton
            fileName="incidents.csv"
            rows={data.incidents}
            columns={[
              ['Title', (i) => i.title],
              ['Type', (i) => i.type],
              ['Severity', (i) => i.severity],
              ['State', (i) => i.state],
              ['Aware', (i) => i.awareAt],
              ['ICO deadline', (i) => i.icoDeadline],
              ['Review required', (i) => i.reviewRequired],
            ]}
          />
        )}
        {data &&
          (data.incidents.length ? (
            data.incidents.map((i) => <IncidentCard key={i.id} incident={i} />)
          ) : (
            <Empty>No incidents.</Empty>
          ))}
      </main>
    </div>
  );
}
