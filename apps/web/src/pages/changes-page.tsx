import { ChangeCalendar } from '../modules/changes/components/change-calendar';
import { ChangeCard } from '../modules/changes/components/change-card';
import { CreateChangeForm } from '../modules/changes/components/create-change-form';
import { useChanges } from '../modules/changes/hooks/use-changes';
import { useSession } from '../modules/session/hooks/use-session';
import { ExportCsvButton } from '../ui/export-csv-button';
import { Empty, ErrorNotice, Loading } from '../ui/status';
import { can } from '@trustops/contracts';

const OPEN = ['DRAFT', 'SUBMITTED', 'APPROVED', 'SCHEDULED'];
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The change board (open changes and their next steps) and the calendar of freezes per school. */
export function ChangesPage() {
  const { session } = useSession();
  const { data, error, isPending, refetch } = useChanges();
  const open = data?.changes.filter((c) => OPEN.includes(c.status)) ?? [];
  return (
    <div className="requests">
      {can(session?.role, 'MAKE_CHANGES') && <CreateChangeForm />}
      <main className="page">
        <h1>Changes</h1>
        {isPending && <Loading>Loading changes…</Loading>}
        {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
        {data &&
          (open.length ? open.map((c) => <ChangeCard key={c.id} change={c} />) : <Empty>No open changes.</Empty>)}
        {data && (
          <ExportCsvButton
            fileName="changes.csv"
            rows={data.changes}
            columns={[
              ['Title', (c) => c.title],
              ['Status', (c) => c.status],
              ['Risk', (c) => c.risk],
              ['Schools', (c) => c.schools.map((s) => s.name).join('; ')],
              ['Classroom impact', (c) => (c.classroomImpact ? 'yes' : 'no')],
              ['Scheduled start', (c) => c.scheduledStart],
            ]}
          />
        )}
        <h2>Change calendar</h2>
        <ChangeCalendar from={isoDay(0)} to={isoDay(120)} />
      </main>
    </div>
  );
}
