import { QueueFilters } from '../modules/tickets/components/queue-filters';
import { TicketTable } from '../modules/tickets/components/ticket-table';
import { useLive } from '../api/live/use-live';
import { QUEUE_POLL_SECONDS, useTicketList } from '../modules/tickets/hooks/use-tickets';
import { LiveBadge } from '../ui/live-badge';
import { choiceOf, ticketFilter } from '../modules/tickets/utils/queue-filter';
import { useQueueSearch } from '../modules/tickets/hooks/use-queue-search';
import { useSession } from '../modules/session/hooks/use-session';
import { Empty, ErrorNotice, Loading } from '../ui/status';
import { ExportCsvButton } from '../ui/export-csv-button';
import { can } from '@trustops/contracts';

const VIEWS: [string, string][] = [
  ['open', 'Open'],
  ['mine', 'Mine'],
  ['breached', 'Breached'],
  ['resolved', 'Resolved'],
];

export interface TicketListPageProps {
  title: string;
  emptyText: string;
}

/** The technician queue (and, for staff, their own requests): filtered, sorted, paged, live while open. */
export function QueuePage({
  title = 'Queue',
  emptyText = 'Nothing in the queue. Well done.',
}: Partial<TicketListPageProps>) {
  const { session } = useSession();
  const isTeam = can(session?.role, 'WORK_TICKETS');
  const { search, choice, sort, choose, sortBy, pageAfter } = useQueueSearch();
  const after = search.after ?? null;
  const live = useLive('tickets');
  const { data, error, isPending, refetch } = useTicketList(
    ticketFilter(choiceOf(search), session?.user.id ?? null),
    sort,
    after,
    live,
  );
  return (
    <main className="page">
      <h1>
        {title} <LiveBadge live={live} everySeconds={QUEUE_POLL_SECONDS} />
      </h1>
      <div className="toolbar" role="group" aria-label="Show">
        {VIEWS.filter(([key]) => isTeam || key !== 'mine').map(([key, label]) => (
          <button
            key={key}
            type="button"
            aria-pressed={choice.view === key}
            className={choice.view === key ? 'on' : 'off'}
            onClick={() => choose({ ...choice, view: key })}
          >
            {label}
          </button>
        ))}
      </div>
      {isTeam && <QueueFilters choice={choice} sort={sort} onChange={choose} onSort={sortBy} />}
      {isPending && <Loading>Loading tickets…</Loading>}
      {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
      {data &&
        (data.tickets.edges.length ? (
          <TicketTable tickets={data.tickets.edges.map((e) => e.node)} caption={`${data.tickets.totalCount} tickets`} />
        ) : (
          <Empty>{emptyText}</Empty>
        ))}
      {data && (
        <ExportCsvButton
          fileName="tickets.csv"
          rows={data.tickets.edges.map((e) => e.node)}
          columns={[
            ['Number', (t) => t.number],
            ['Subject', (t) => t.subject],
            ['School', (t) => t.school.name],
            ['Priority', (t) => t.priority],
            ['Status', (t) => t.status],
            ['SLA', (t) => t.sla.state],
            ['Working minutes left', (t) => t.sla.resolutionWorkingMinutesLeft],
            ['Assignee', (t) => t.assignee?.displayName],
            ['Team', (t) => t.team],
          ]}
        />
      )}
      {data?.tickets.pageInfo.hasNextPage && (
        <button type="button" onClick={() => pageAfter(data.tickets.pageInfo.endCursor)}>
          Next page
        </button>
      )}
      {after && (
        <button type="button" className="off" onClick={() => pageAfter(null)}>
          First page
        </button>
      )}
    </main>
  );
}
