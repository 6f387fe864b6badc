import { SlaBadge } from '../modules/tickets/components/sla-badge';
import { TicketActions } from '../modules/tickets/components/ticket-actions';
import { TicketConversation } from '../modules/tickets/components/ticket-conversation';
import { useTicket } from '../modules/tickets/hooks/use-tickets';
import { useSession } from '../modules/session/hooks/use-session';
import { ErrorNotice, Loading } from '../ui/status';

const TEAM = ['TECHNICIAN', 'ENGINEER', 'IT_DIRECTOR'];
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }) : '—');

export function TicketPage({ id }: { id: string }) {
  const { session } = useSession();
  const { data, error, isPending, refetch } = useTicket(id);
  if (isPending) return <main className="page"><Loading>Loading ticket…</Loading></main>;
  if (error) return <main className="page"><ErrorNotice message={error.message} onRetry={() => void refetch()} /></main>;
  const ticket = data.ticket;
  if (!ticket) return <main className="page"><ErrorNotice message="This ticket does not exist or is not one you can see." /></main>;
  const isTeam = TEAM.includes(session?.role ?? '');
  return (
    <main className="page ticket">
      <p><a href={isTeam ? '#/queue' : '#/requests'}>← Back</a></p>
      <h1>{ticket.number}: {ticket.subject}</h1>
      <dl className="facts">
        <dt>Status</dt><dd data-testid="ticket-status">{ticket.status}</dd>
        <dt>Priority</dt><dd>{ticket.priority}</dd>
        <dt>School</dt><dd>{ticket.school.name}</dd>
        <dt>Raised by</dt><dd>{ticket.requester.displayName}</dd>
        <dt>Assignee</dt><dd>{ticket.assignee?.displayName ?? 'Unassigned'}</dd>
        <dt>SLA</dt><dd><SlaBadge state={ticket.sla.state} minutesLeft={ticket.sla.resolutionMinutesLeft} /></dd>
        <dt>First response due</dt><dd>{when(ticket.sla.firstResponseDueAt)} (answered {when(ticket.sla.firstRespondedAt)})</dd>
        <dt>Resolution due</dt><dd>{when(ticket.sla.resolutionDueAt)}</dd>
      </dl>
      <p className="description">{ticket.description}</p>
      {ticket.children.length > 0 && <p>Linked reports: {ticket.children.map((c) => <a key={c.id} href={`#/ticket/${c.id}`}>{c.number} </a>)}</p>}
      <TicketActions ticket={ticket} isTeam={isTeam} />
      <TicketConversation ticket={ticket} isTeam={isTeam} />
    </main>
  );
}
