import { RaiseTechRequestForm } from '../modules/tech-requests/components/raise-tech-request-form';
import { RegisterSearch } from '../modules/tech-requests/components/register-search';
import { TechRequestCard } from '../modules/tech-requests/components/tech-request-card';
import { useTechRequests } from '../modules/tech-requests/hooks/use-tech-requests';
import { ExportCsvButton } from '../ui/export-csv-button';
import { Empty, ErrorNotice, Loading } from '../ui/status';

/** Staff ask (after checking the register); engineers decide; an executive hears appeals. */
export function TechRequestsPage() {
  const { data, error, isPending, refetch } = useTechRequests();
  return (
    <div className="requests">
      <div>
        <RegisterSearch />
        <RaiseTechRequestForm />
      </div>
      <main className="page">
        <h1>Tech requests</h1>
        {isPending && <Loading>Loading requests…</Loading>}
        {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
        {data && (
          <ExportCsvButton
            fileName="tech-requests.csv"
            rows={data.techRequests}
            columns={[
              ['Title', (r) => r.title],
              ['Kind', (r) => r.kind],
              ['School', (r) => r.school.name],
              ['Requester', (r) => r.requester.displayName],
              ['Status', (r) => r.status],
              ['Reason', (r) => r.decision?.reason],
            ]}
          />
        )}
        {data &&
          (data.techRequests.length ? (
            data.techRequests.map((r) => <TechRequestCard key={r.id} request={r} />)
          ) : (
            <Empty>No requests yet.</Empty>
          ))}
      </main>
    </div>
  );
}
