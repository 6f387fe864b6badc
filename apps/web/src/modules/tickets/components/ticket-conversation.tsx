import { FormEvent, useState } from 'react';
import type { TicketDetail } from '../hooks/use-tickets';
import { useReplyToTicket } from '../hooks/use-ticket-actions';
import { ErrorNotice } from '../../../ui/status';

export interface TicketConversationProps {
  ticket: TicketDetail;
  isTeam: boolean;
}

export function TicketConversation({ ticket, isTeam }: TicketConversationProps) {
  const { reply, isPending, error } = useReplyToTicket(ticket.id);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void reply(body, { internal }).then((sent) => sent && setBody(''));
  }

  return (
    <section aria-label="Conversation">
      <h2>Conversation</h2>
      <ol className="conversation">
        {ticket.replies.map((r) => (
          <li key={r.id} className={r.internal ? 'note' : 'reply'}>
            <strong>{r.author.displayName}</strong> {r.internal && <em>internal note</em>}{' '}
            <time>{new Date(r.createdAt).toLocaleString('en-GB', { timeZone: 'Europe/London' })}</time>
            <p>{r.body}</p>
          </li>
        ))}
        {!ticket.replies.length && <li className="muted">No replies yet.</li>}
      </ol>
      {ticket.status !== 'CLOSED' && (
        <form onSubmit={handleSubmit} aria-label="Reply">
          <label htmlFor="reply">Reply</label>
          <textarea id="reply" rows={3} value={body} onChange={(e) => setBody(e.target.value)} required />
          {isTeam && (
            <label className="inline">
              <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} /> Internal note
              (not shown to the requester)
            </label>
          )}
          {error && <ErrorNotice message={error.message} />}
          <button type="submit" disabled={isPending}>
            Send
          </button>
        </form>
      )}
    </section>
  );
}
