import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { TicketRow } from '../hooks/use-tickets';
import { moveSelection } from '../utils/sla-badge';
import { SlaBadge } from './sla-badge';

export interface TicketTableProps {
  tickets: TicketRow[];
  caption: string;
}

/** The queue table; j/k move the selection and Enter opens the ticket. */
export function TicketTable({ tickets, caption }: TicketTableProps) {
  const [selected, setSelected] = useState(0);
  const navigate = useNavigate();
  const open = useCallback((id: string) => void navigate({ to: '/ticket/$id', params: { id } }), [navigate]);
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement ||
        event.target instanceof HTMLSelectElement
      )
        return;
      if (event.key === 'Enter' && tickets[selected]) open(tickets[selected].id);
      else setSelected((current) => moveSelection(current, event.key, tickets.length));
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [tickets, selected, open]);

  // On a phone the table scrolls inside its own box (keyboard too: it takes focus), never the whole page.
  return (
    <div className="table-scroll" role="region" aria-label="Tickets" tabIndex={0}>
      <table className="tickets">
        <caption>
          {caption} <span className="muted">(j/k to move, Enter to open)</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Ticket</th>
            <th scope="col">Subject</th>
            <th scope="col">School</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">SLA</th>
            <th scope="col">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((t, i) => (
            <tr
              key={t.id}
              aria-selected={i === selected}
              className={i === selected ? 'selected' : undefined}
              onClick={() => open(t.id)}
            >
              <td>
                <Link to="/ticket/$id" params={{ id: t.id }}>
                  {t.number}
                </Link>
              </td>
              <td>{t.subject}</td>
              <td>{t.school.name}</td>
              <td>
                <span className={`priority priority-${t.priority.toLowerCase()}`}>{t.priority}</span>
              </td>
              <td>{t.status}</td>
              <td>
                <SlaBadge state={t.sla.state} workingMinutesLeft={t.sla.resolutionWorkingMinutesLeft} />
              </td>
              <td>{t.assignee?.displayName ?? <span className="muted">Unassigned</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
