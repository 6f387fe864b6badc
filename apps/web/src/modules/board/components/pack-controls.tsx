import { FormEvent, useState } from 'react';
import { fetchFile } from '../../../api/files';
import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
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
      {session?.role === 'IT_DIRECTOR' && <ScheduleForm />}
    </section>
  );
}

function ScheduleForm() {
  const schedules = useGraphQLQuery<{
    reportSchedules: { id: string; cadence: string; recipients: string[]; nextRunAt: string }[];
  }>(['report-schedules'], '{ reportSchedules { id cadence recipients nextRunAt } }');
  const create = useGraphQLMutation<{ cadence: string; recipients: string[] }>(
    'mutation ($cadence: ReportCadence!, $recipients: [String!]!) { scheduleBoardPack(cadence: $cadence, recipients: $recipients) { id } }',
  );
  const cancel = useGraphQLMutation<{ id: string }>('mutation ($id: ID!) { cancelReportSchedule(id: $id) }');
  const [cadence, setCadence] = useState('MONTHLY');
  const [recipients, setRecipients] = useState('');
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { cadence, recipients: recipients.split(/[,\s]+/).filter(Boolean) },
      { onSuccess: () => setRecipients('') },
    );
  }
  return (
    <form className="actions" aria-label="Send the pack by email" onSubmit={handleSubmit}>
      <label>
        Send
        <select value={cadence} onChange={(e) => setCadence(e.target.value)}>
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
      <button type="submit" disabled={create.isPending}>
        Schedule
      </button>
      {create.error && <ErrorNotice message={create.error.message} />}
      <ul className="muted">
        {schedules.data?.reportSchedules.map((s) => (
          <li key={s.id}>
            {s.cadence.toLowerCase()} to {s.recipients.join(', ')}, next{' '}
            {new Date(s.nextRunAt).toLocaleDateString('en-GB')}{' '}
            <button type="button" className="link" onClick={() => cancel.mutate({ id: s.id })}>
              stop
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}
