/** One line of a ticket's timeline from its audit rows (pure). */
export interface AuditRow {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const CLOCKS: Record<string, string> = { FIRST_RESPONSE: 'first response', RESOLUTION: 'resolution' };

export function describeEvent({ action, before, after }: AuditRow): string {
  switch (action) {
    case 'raised':
      return `Raised as ${after?.priority ?? ''}`.trim();
    case 'status_changed':
      return `${before?.status ?? '?'} → ${after?.status ?? '?'}`;
    case 'assigned':
      return 'Assigned';
    case 'first_response':
      return 'First response sent';
    case 'rated':
      return `Rated ${after?.score ?? ''} of 5`;
    case 'linked':
      return 'Linked to a parent ticket';
    case 'asset_linked':
      return after?.assetId ? 'Asset linked' : 'Asset unlinked';
    case 'sla_warning':
      return `SLA warning: ${CLOCKS[String(after?.clock)] ?? 'clock'} at 75%`;
    case 'sla_breached':
      return `SLA breached: ${CLOCKS[String(after?.clock)] ?? 'clock'} past due`;
    default:
      return action.replace(/_/g, ' ');
  }
}
