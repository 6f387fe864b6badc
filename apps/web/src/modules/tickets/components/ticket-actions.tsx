import { useState } from 'react';
import { useSession } from '../../session/hooks/use-session';
import type { TicketDetail } from '../hooks/use-tickets';
import { ASSIGN, RATE, STATUS, useTicketMutation } from '../hooks/use-tickets';
import { ErrorNotice } from '../../../ui/status';

const MOVES: Record<string, [string, string][]> = {
  NEW: [
    ['OPEN', 'Open'],
    ['WAITING', 'Wait for requester'],
    ['RESOLVED', 'Resolve'],
  ],
  OPEN: [
    ['WAITING', 'Wait for requester'],
    ['RESOLVED', 'Resolve'],
  ],
  WAITING: [
    ['OPEN', 'Reopen clock'],
    ['RESOLVED', 'Resolve'],
  ],
  RESOLVED: [
    ['OPEN', 'Reopen'],
    ['CLOSED', 'Close'],
  ],
};

export interface TicketActionsProps {
  ticket: TicketDetail;
  isTeam: boolean;
}

/** Status and assignment for the IT team; reopen, close and rating for the requester. */
export function TicketActions({ ticket, isTeam }: TicketActionsProps) {
  const { session } = useSession();
  const status = useTicketMutation<{ ticketId: string; status: string }>(STATUS);
  const assign = useTicketMutation<{ ticketId: string; assigneeId: string }>(ASSIGN);
  const rate = useTicketMutation<{ ticketId: string; score: number; comment: string | null }>(RATE);
  const [score, setScore] = useState(5);
  const isRequester = ticket.requester.id === session?.user.id;
  const moves = (MOVES[ticket.status] ?? []).filter(
    ([to]) => isTeam || (ticket.status === 'RESOLVED' && isRequester && ['OPEN', 'CLOSED'].includes(to)),
  );
  const error = status.error ?? assign.error ?? rate.error;
  return (
    <section aria-label="Actions" className="actions">
      {moves.map(([to, label]) => (
        <button
          key={to}
          type="button"
          disabled={status.isPending}
          onClick={() => status.mutate({ ticketId: ticket.id, status: to })}
        >
          {label}
        </button>
      ))}
      {isTeam && ticket.assignee?.id !== session?.user.id && ticket.status !== 'CLOSED' && (
        <button
          type="button"
          className="off"
          onClick={() => assign.mutate({ ticketId: ticket.id, assigneeId: session!.user.id })}
        >
          Assign to me
        </button>
      )}
      {isRequester && ['RESOLVED', 'CLOSED'].includes(ticket.status) && ticket.csatScore === null && (
        <span className="rate">
          <label htmlFor="score">How did we do?</label>
          <select id="score" value={score} onChange={(e) => setScore(Number(e.target.value))}>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {n} – {['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'][n]}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => rate.mutate({ ticketId: ticket.id, score, comment: null })}>
            Rate
          </button>
        </span>
      )}
      {ticket.csatScore !== null && <span>Rated {ticket.csatScore}/5</span>}
      {error && <ErrorNotice message={error.message} />}
    </section>
  );
}
