import { useState } from 'react';
import { useSession } from '../../session/hooks/use-session';
import type { TicketDetail } from '../hooks/use-tickets';
import { useTicketActions } from '../hooks/use-ticket-actions';
import { moveLabel } from '../utils/ticket-moves';
import { ErrorNotice } from '../../../ui/status';

export interface TicketActionsProps {
  ticket: TicketDetail;
  isTeam: boolean;
}

/**
 * The moves and the rating the desk allows the signed-in person now (Ticket.allowedMoves, Ticket.canRate: the
 * status flow and who may rate are the server's rules, not the dashboard's), and "Assign to me" for the IT team.
 */
export function TicketActions({ ticket, isTeam }: TicketActionsProps) {
  const { session } = useSession();
  const { changeStatus, assign, rate, isMoving, error } = useTicketActions(ticket);
  const [score, setScore] = useState(5);
  return (
    <section aria-label="Actions" className="actions">
      {ticket.allowedMoves.map((to) => (
        <button key={to} type="button" disabled={isMoving} onClick={() => void changeStatus(to)}>
          {moveLabel(ticket.status, to)}
        </button>
      ))}
      {isTeam && session && ticket.assignee?.id !== session.user.id && ticket.status !== 'CLOSED' && (
        <button type="button" className="off" onClick={() => void assign(session.user.id)}>
          Assign to me
        </button>
      )}
      {ticket.canRate && (
        <span className="rate">
          <label htmlFor="score">How did we do?</label>
          <select id="score" value={score} onChange={(e) => setScore(Number(e.target.value))}>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {n} – {['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'][n]}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void rate(score)}>
            Rate
          </button>
        </span>
      )}
      {ticket.csatScore !== null && <span>Rated {ticket.csatScore}/5</span>}
      {error && <ErrorNotice message={error.message} />}
    </section>
  );
}
