import { useChangeCalendar } from '../hooks/use-changes';
import { ErrorNotice, Loading } from '../../../ui/status';

const FREEZE_LABEL: Record<string, string> = {
  TERM_START: 'Before term',
  INSET: 'INSET',
  EXAM_WINDOW: 'Exams',
  TRUST: 'Trust freeze',
};
const fmt = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

/** Per school: the freezes and scheduled changes of the coming weeks. */
export function ChangeCalendar({ from, to }: { from: string; to: string }) {
  const { data, error, isPending, refetch } = useChangeCalendar(from, to);
  if (isPending) return <Loading>Loading the change calendar…</Loading>;
  if (error) return <ErrorNotice message={error.message} onRetry={() => void refetch()} />;
  return (
    <table className="change-calendar">
      <caption>
        Freezes and changes, {fmt(from)} to {fmt(to)}
      </caption>
      <thead>
        <tr>
          <th scope="col">School</th>
          <th scope="col">Freezes</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {data.changeCalendar.map((row) => (
          <tr key={row.school.id}>
            <th scope="row">{row.school.name}</th>
            <td>
              {row.freezes.map((f) => (
                <span key={`${f.kind}${f.startsOn}`} className="freeze" title={f.title}>
                  {FREEZE_LABEL[f.kind]} {fmt(f.startsOn)}
                  {f.endsOn !== f.startsOn ? `–${fmt(f.endsOn)}` : ''}
                </span>
              ))}
            </td>
            <td>
              {row.changes.map((c) => (
                <span key={c.id} className="scheduled">
                  {c.title}
                  {c.scheduledStart ? ` (${fmt(c.scheduledStart.slice(0, 10))})` : ''}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
