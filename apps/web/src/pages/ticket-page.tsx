import { getRouteApi, Link, useCanGoBack, useRouter } from '@tanstack/react-router';
import { can } from '@trustops/contracts';
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

const route = getRouteApi('/ticket/$id');

export function TicketPage() {
  const { id } = route.useParams();
  const { session } = useSession();
  const router = useRouter();
  const canGoBack = useCanGoBack();
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
  const isTeam = can(session?.role, 'WORK_TICKETS');
  return (
    <main className="page ticket">
      <p>
        {/* Back to the list as it was (its filters are in the URL); a shared link goes to the list. */}
        <Link
          to={isTeam ? '/queue' : '/requests'}
          onClick={(event) => {
            if (!canGoBack) return;
            event.preventDefault();
            router.history.back();
          }}
        >
          ← Back
        </Link>
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
              <Link to="/ticket/$id" params={{ id: ticket.parent.id }}>
                {ticket.parent.number}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <p className="description">{ticket.description}</p>
      {ticket.children.length > 0 && (
        <p>
          Linked reports (resolved with this one):{' '}
          {ticket.children.map((c) => (
            <Link key={c.id} to="/ticket/$id" params={{ id: c.id }}>
              {c.number} ({c.status.toLowerCase()}){' '}
            </Link>
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
