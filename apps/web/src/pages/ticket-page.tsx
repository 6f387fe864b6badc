import { ArticleList } from '../modules/tickets/components/article-list';
import { SlaBadge } from '../modules/tickets/components/sla-badge';
import { SlaTimeline } from '../modules/tickets/components/sla-timeline';
import { TicketActions } from '../modules/tickets/components/ticket-actions';
import { TicketAsset } from '../modules/tickets/components/ticket-asset';
import { TicketAttachments } from '../modules/tickets/components/ticket-attachments';
import { TicketConversation } from '../modules/tickets/components/ticket-conversation';
import { useLive } from '../api/live/use-live';
import { useTicket } from '../modules/tickets/hooks/use-tickets';
import { when } from '../modules/tickets/utils/when';
import { useSession } from '../modules/session/hooks/use-session';
import { ErrorNotice, Loading } from '../ui/status';
import { isItTeam } from '../modules/session/roles';

export function TicketPage({ id }: { id: string }) {
  const { session } = useSession();
  useLive('tickets'); // replies and moves by others appear without a reload
  const { data, error, isPending, refetch } = useTicket(id);
  if (isPending)
    return (
      <main className="page">
        <Loading>Loading ticket…</Loading>
      </main>
    );
  if (error)
    return (
      <main className="page">
        <ErrorNotice message={error.message} onRetry={() => void refetch()} />
      </main>
    );
  const ticket = data.ticket;
  if (!ticket)
    return (
      <main className="page">
        <ErrorNotice message="This ticket does not exist or is not one you can see." />
      </main>
    );
  const isTeam = isItTeam(session?.role);
  return (
    <main className="page ticket">
      <p>
        <a href={isTeam ? '#/queue' : '#/requests'}>← Back</a>
      </p>
      <h1>
        {ticket.number}: {ticket.subject}
      </h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="ticket-status">{ticket.status}</dd>
        <dt>Priority</dt>
        <dd>{ticket.priority}</dd>
        <dt>School</dt>
        <dd>{ticket.school.name}</dd>
        <dt>Raised by</dt>
        <dd>
          {ticket.requester.displayName} on {when(ticket.createdAt)}
        </dd>
        <dt>Assignee</dt>
        <dd>
          {ticket.assignee?.displayName ?? 'Unassigned'}
          {ticket.team && <span className="muted"> · {ticket.team}</span>}
        </dd>
        <dt>SLA</dt>
        <dd>
          <SlaBadge state={ticket.sla.state} workingMinutesLeft={ticket.sla.resolutionWorkingMinutesLeft} />
        </dd>
        <dt>Device</dt>
        <dd>
          <TicketAsset ticket={ticket} isTeam={isTeam} />
        </dd>
        {ticket.parent && (
          <>
            <dt>Part of</dt>
            <dd>
              <a href={`#/ticket/${ticket.parent.id}`}>{ticket.parent.number}</a>
            </dd>
          </>
        )}
      </dl>
      <p className="description">{ticket.description}</p>
      {ticket.children.length > 0 && (
        <p>
          Linked reports (resolved with this one):{' '}
          {ticket.children.map((c) => (
            <a key={c.id} href={`#/ticket/${c.id}`}>
              {c.number} ({c.status.toLowerCase()}){' '}
            </a>
          ))}
        </p>
      )}
      <ArticleList articles={ticket.suggestedArticles} heading="Articles that may answer this" />
      <TicketActions ticket={ticket} isTeam={isTeam} />
      <TicketConversation ticket={ticket} isTeam={isTeam} />
      <TicketAttachments ticket={ticket} />
      {isTeam && <SlaTimeline ticket={ticket} />}
    </main>
  );
}
