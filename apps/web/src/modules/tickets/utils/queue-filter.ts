/** What the queue's filter bar holds, and the TicketFilter it asks the server for (pure, tested). */
export interface QueueChoice {
  view: string;
  schoolId: string;
  priority: string;
  kind: string;
  text: string;
}

const OPEN = ['NEW', 'OPEN', 'WAITING'];

export function ticketFilter(choice: QueueChoice, me: string | null): Record<string, unknown> {
  const filter: Record<string, unknown> = { status: choice.view === 'resolved' ? ['RESOLVED', 'CLOSED'] : OPEN };
  if (choice.view === 'mine' && me) filter.assigneeId = me;
  if (choice.view === 'breached') filter.slaState = ['BREACHED'];
  if (choice.schoolId) filter.schoolIds = [choice.schoolId];
  if (choice.priority) filter.priority = [choice.priority];
  if (choice.kind) filter.kind = [choice.kind];
  if (choice.text.trim()) filter.text = choice.text.trim();
  return filter;
}
