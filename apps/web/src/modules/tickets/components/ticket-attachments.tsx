import { ChangeEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { downloadAttachment, uploadAttachment } from '../../../api/files';
import { useSession } from '../../session/hooks/use-session';
import { ticketKeys } from '../hooks/ticket-keys';
import type { TicketDetail } from '../hooks/use-tickets';
import { ErrorNotice } from '../../../ui/status';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Files on the ticket: download for anyone who sees it; add while it is not closed (images, PDF, text, Office; 10 MB). */
export function TicketAttachments({ ticket }: { ticket: TicketDetail }) {
  const { session } = useSession();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file || !session) return;
    setBusy(true);
    setError(null);
    try {
      await uploadAttachment(ticket.id, file, session.accessToken);
      await client.invalidateQueries({ queryKey: [session.trust.id, ...ticketKeys.one(ticket.id)] });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      event.target.value = '';
    }
  }

  const download = (url: string, name: string) =>
    downloadAttachment(url, name, session!.accessToken).catch((e: Error) => setError(e.message));
  return (
    <section aria-label="Attachments" className="attachments">
      <h2>Attachments</h2>
      <ul>
        {ticket.attachments.map((a) => (
          <li key={a.id}>
            <button type="button" className="link" onClick={() => void download(a.url, a.fileName)}>
              {a.fileName}
            </button>{' '}
            <span className="muted">{size(a.sizeBytes)}</span>
          </li>
        ))}
        {!ticket.attachments.length && <li className="muted">No files.</li>}
      </ul>
      {ticket.status !== 'CLOSED' && (
        <label className="inline">
          Attach a file{' '}
          <input
            type="file"
            disabled={busy}
            onChange={(e) => void handleFile(e)}
            accept="image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv,.docx,.xlsx,.pptx"
          />
        </label>
      )}
      {error && <ErrorNotice message={error} />}
    </section>
  );
}
