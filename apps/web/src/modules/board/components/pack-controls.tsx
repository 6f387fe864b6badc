import { FormEvent, useState } from 'react';
import { can } from '@trustops/contracts';
import { fetchFile } from '../../../api/files';
import type { ReportCadence } from '../../../gql/graphql';
import { useReportScheduling, useReportSchedules } from '../hooks/use-board';
import { useSession } from '../../session/hooks/use-session';
import { saveBlob } from '../../../ui/download';
import { ErrorNotice } from '../../../ui/status';

/** Fetches the pack with the session's token and opens it (HTML) or saves it (PDF). */
async function openPack(from: string, to: string, format: 'html' | 'pdf', token: string): Promise<void> {
  const blob = await fetchFile(
    `/files/leadership-reporting/board-pack?from=${from}&to=${to}&format=${format}`,
    token,
    'The pack could not be made',
  );
  if (format === 'pdf') return saveBlob(blob, `board-pack-${from}-${to}.pdf`);
  const href = URL.createObjectURL(blob);
  window.open(href, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The governors' pack for the board's range, and (for the IT director) sending it by email on a schedule. */
export function PackControls({ from, to }: { from: string; to: string }) {
  const { session } = useSession();
  const [error, setError] = useState<string | null>(null);
  const open = (format: 'html' | 'pdf') =>
    openPack(from, to, format, session!.accessToken).catch((e: Error) => setError(e.message));
  return (
    <section aria-label="Board pack" className="pack">
      <button type="button" className="off" onClick={() => void open('html')}>
        Board pack
      </button>
      <button type="button" className="off" onClick={() => void open('pdf')}>
        PDF
      </button>
      {error && <ErrorNotice message={error} />}
      {can(session?.role, 'ADMINISTER_TRUST') && <ScheduleForm />}
    </section>
  );
}

function ScheduleForm() {
  const schedules = useReportSchedules();
  const { schedule, cancel, isScheduling, error } = useReportScheduling();
  const [cadence, setCadence] = useState<ReportCadence>('MONTHLY');
  const [recipients, setRecipients] = useState('');
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    void schedule(cadence, recipients.split(/[,\s]+/).filter(Boolean)).then((done) => done && setRecipients(''));
  }
  return (
    <form className="actions" aria-label="Send the pack by email" onSubmit={handleSubmit}>
      <label>
        Send
        <select value={cadence} onChange={(e) => setCadence(e.target.value as ReportCadence)}>
          <option value="WEEKLY">weekly</option>
          <option value="MONTHLY">monthly</option>
        </select>
      </label>
      <label>
        to
        <input
          value={recipients}
          onChange={(e) => setRecipients(e.target.value)}
          placeholder="chair@…, clerk@…"
          required
        />
      </label>
      <button type="submit" disabled={isScheduling}>
        Schedule
      </button>
      {error && <ErrorNotice message={error.message} />}
      <ul className="muted">
        {schedules.data?.reportSchedules.map((s) => (
          <li key={s.id}>
            {s.cadence.toLowerCase()} to {s.recipients.join(', ')}, next{' '}
            {new Date(s.nextRunAt).toLocaleDateString('en-GB')}{' '}
            <button type="button" className="link" onClick={() => void cancel(s.id)}>
              stop
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}
