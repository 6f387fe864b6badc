import { isOpen } from '@trustops/contracts';
import type { TicketDetail } from '../hooks/use-tickets';
import { when, workingTime } from '../utils/when';

/** The two clocks (targets, 75% warnings, due times) and what happened, oldest first. */
export function SlaTimeline({ ticket }: { ticket: TicketDetail }) {
  const { sla } = ticket;
  return (
    <section aria-label="SLA timeline" className="timeline">
      <h2>SLA timeline</h2>
      <p className="muted">
        {ticket.priority}: first response within {workingTime(sla.firstResponseTargetMinutes)}, resolution within{' '}
        {workingTime(sla.resolutionTargetMinutes)} of school working time.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Clock</th>
            <th scope="col">Warning (75%)</th>
            <th scope="col">Due</th>
            <th scope="col">Done</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">First response</th>
            <td>{when(sla.firstResponseWarningAt)}</td>
            <td>{when(sla.firstResponseDueAt)}</td>
            <td>{when(sla.firstRespondedAt)}</td>
          </tr>
          <tr>
            <th scope="row">Resolution</th>
            <td>{when(sla.resolutionWarningAt)}</td>
            <td>{when(sla.resolutionDueAt)}</td>
            <td>{isOpen(ticket.status) ? '—' : 'Resolved'}</td>
          </tr>
        </tbody>
      </table>
      <ol className="history">
        {ticket.history.map((h, i) => (
          <li key={i} className={h.action.startsWith('sla_') ? `alert ${h.action}` : undefined}>
            <time>{when(h.at)}</time> {h.summary}
            {h.actor && <span className="muted"> by {h.actor.displayName}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
