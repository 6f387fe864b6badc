import { useState } from 'react';
import { TicketTable } from '../modules/tickets/components/ticket-table';
import { useTicketList } from '../modules/tickets/hooks/use-tickets';
import { useSession } from '../modules/session/hooks/use-session';
import { Empty, ErrorNotice, Loading } from '../ui/status';

const OPEN = ['NEW', 'OPEN', 'WAITING'];
const views = (me: string | undefined): Record<string, { label: string; filter: Record<string, unknown> }> => ({
  open: { label: 'Open', filter: { status: OPEN } },
  ...(me ? { mine: { label: 'Mine', filter: { status: OPEN, assigneeId: me } } } : {}),
  breached: { label: 'Breached', filter: { slaState: ['BREACHED'], status: ['NEW', 'OPEN', 'WAITING'] } },
  resolved: { label: 'Resolved', filter: { status: ['RESOLVED', 'CLOSED'] } },
});
const TEAM = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'];

export interface TicketListPageProps { title: string; emptyText: string }

/** The technician queue (and, for staff, their own requests): soonest due first, refreshed while open. */
export function QueuePage({ title = 'Queue', emptyText = 'Nothing in the queue. Well done.' }: Partial<TicketListPageProps>) {
  const { session } = useSession();
  const VIEWS = views(TEAM.includes(session?.role ?? '') ? session?.user.id : undefined);
  const [view, setView] = useState('open');
  const [after, setAfter] = useState<string | null>(null);
  const { data, error, isPending, refetch } = useTicketList(VIEWS[view].filter, after);
  return (
    <main className="page">
      <h1>{title}</h1>
      <div className="toolbar" role="group" aria-label="Show">
        {Object.entries(VIEWS).map(([key, v]) => (
          <button key={key} type="button" aria-pressed={view === key} className={view === key ? 'on' : 'off'} onClick={() => { setView(key); setAfter(null); }}>{v.label}</button>
        ))}
      </div>
      {isPending && <Loading>Loading tickets…</Loading>}
      {error && <ErrorNotice message={error.message} onRetry={() => void refetch()} />}
      {data && (data.tickets.edges.length
        ? <TicketTable tickets={data.tickets.edges.map((e) => e.node)} caption={`${data.tickets.totalCount} tickets`} />
        : <Empty>{emptyText}</Empty>)}
      {data?.tickets.pageInfo.hasNextPage && <button type="button" onClick={() => setAfter(data.tickets.pageInfo.endCursor)}>Next page</button>}
      {after && <button type="button" className="off" onClick={() => setAfter(null)}>First page</button>}
    </main>
  );
}
