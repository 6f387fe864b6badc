import type { TicketDetail } from '../hooks/use-tickets';
import { useSchoolAssets } from '../hooks/use-tickets';
import { useLinkTicketAsset } from '../hooks/use-ticket-actions';
import { ErrorNotice } from '../../../ui/status';

/** The device the ticket is about; the IT team picks one of the school's assets. */
export function TicketAsset({ ticket, isTeam }: { ticket: TicketDetail; isTeam: boolean }) {
  const assets = useSchoolAssets(ticket.school.id, { enabled: isTeam });
  const { linkAsset, isPending, error } = useLinkTicketAsset(ticket.id);
  const label = ticket.asset
    ? `${ticket.asset.tag} (${ticket.asset.type.toLowerCase().replace(/_/g, ' ')}${ticket.asset.model ? `, ${ticket.asset.model}` : ''})`
    : 'None';
  if (!isTeam) return <>{label}</>;
  return (
    <>
      <select
        aria-label="Linked asset"
        value={ticket.asset?.id ?? ''}
        disabled={isPending}
        onChange={(e) => void linkAsset(e.target.value || null)}
      >
        <option value="">None</option>
        {assets.data?.assets.map((a) => (
          <option key={a.id} value={a.id}>
            {a.tag} – {a.model ?? a.type}
          </option>
        ))}
      </select>
      {error && <ErrorNotice message={error.message} />}
    </>
  );
}
