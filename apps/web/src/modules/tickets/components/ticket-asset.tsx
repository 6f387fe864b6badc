import type { TicketDetail } from '../hooks/use-tickets';
import { LINK_ASSET, useSchoolAssets, useTicketMutation } from '../hooks/use-tickets';
import { ErrorNotice } from '../../../ui/status';

/** The device the ticket is about; the IT team picks one of the school's assets. */
export function TicketAsset({ ticket, isTeam }: { ticket: TicketDetail; isTeam: boolean }) {
  const assets = useSchoolAssets(ticket.school.id, isTeam);
  const link = useTicketMutation<{ ticketId: string; assetId: string | null }>(LINK_ASSET);
  const label = ticket.asset
    ? `${ticket.asset.tag} (${ticket.asset.type.toLowerCase().replace(/_/g, ' ')}${ticket.asset.model ? `, ${ticket.asset.model}` : ''})`
    : 'None';
  if (!isTeam) return <>{label}</>;
  return (
    <>
      <select
        aria-label="Linked asset"
        value={ticket.asset?.id ?? ''}
        disabled={link.isPending}
        onChange={(e) => link.mutate({ ticketId: ticket.id, assetId: e.target.value || null })}
      >
        <option value="">None</option>
        {assets.data?.assets.map((a) => (
          <option key={a.id} value={a.id}>
            {a.tag} – {a.model ?? a.type}
          </option>
        ))}
      </select>
      {link.error && <ErrorNotice message={link.error.message} />}
    </>
  );
}
