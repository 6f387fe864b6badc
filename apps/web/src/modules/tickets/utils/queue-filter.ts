import { OPEN_TICKET_STATUSES } from '@trustops/contracts';
import type { Priority, TicketFilter, TicketKind } from '../../../gql/graphql';
import { oneOf, text } from '../../../ui/search-params';

/** What the queue's filter bar holds, and the TicketFilter it asks the server for (pure, tested). */
export interface QueueChoice {
  view: string;
  schoolId: string;
  priority: string;
  kind: string;
  text: string;
}

export const QUEUE_VIEWS = ['open', 'mine', 'breached', 'resolved'] as const;
export const QUEUE_SORTS = ['DUE_SOONEST', 'NEWEST'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const TICKET_KINDS = [
  'FAULT',
  'SERVICE_REQUEST',
  'HOW_TO',
  'ENABLEMENT',
] as const satisfies readonly TicketKind[];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const satisfies readonly Priority[];

/** The choice's values come from the URL through queueSearch, which keeps only the schema's enum values. */
export function ticketFilter(choice: QueueChoice, me: string | null): TicketFilter {
  const filter: TicketFilter = {
    status: choice.view === 'resolved' ? ['RESOLVED', 'CLOSED'] : [...OPEN_TICKET_STATUSES],
  };
  if (choice.view === 'mine' && me) filter.assigneeId = me;
  if (choice.view === 'breached') filter.slaState = ['BREACHED'];
  if (choice.schoolId) filter.schoolIds = [choice.schoolId];
  if (choice.priority) filter.priority = [choice.priority as Priority];
  if (choice.kind) filter.kind = [choice.kind as TicketKind];
  if (choice.text.trim()) filter.text = choice.text.trim();
  return filter;
}

/** The queue's state in the URL (`/queue?view=mine&school=…&q=wifi`), so back and shared links show the same list. */
export interface QueueSearch {
  view?: (typeof QUEUE_VIEWS)[number];
  school?: string;
  priority?: (typeof PRIORITIES)[number];
  kind?: (typeof TICKET_KINDS)[number];
  q?: string;
  sort?: QueueSort;
  after?: string;
}

/** Reads the queue's part of a URL, dropping what it does not know (an old link, a typo) rather than failing. */
export function queueSearch(raw: Record<string, unknown>): QueueSearch {
  const found: QueueSearch = {
    view: oneOf(QUEUE_VIEWS, raw.view),
    school: text(raw.school),
    priority: oneOf(PRIORITIES, raw.priority),
    kind: oneOf(TICKET_KINDS, raw.kind),
    q: text(raw.q),
    sort: oneOf(QUEUE_SORTS, raw.sort),
    after: text(raw.after),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as QueueSearch;
}

export const choiceOf = (search: QueueSearch): QueueChoice => ({
  view: search.view ?? 'open',
  schoolId: search.school ?? '',
  priority: search.priority ?? '',
  kind: search.kind ?? '',
  text: search.q ?? '',
});

/** The URL for a choice (defaults left out); a new choice starts again from the first page. */
export const searchOf = (choice: QueueChoice, sort: QueueSort): QueueSearch =>
  queueSearch({
    view: choice.view === 'open' ? undefined : choice.view,
    school: choice.schoolId,
    priority: choice.priority,
    kind: choice.kind,
    q: choice.text,
    sort: sort === 'DUE_SOONEST' ? undefined : sort,
  });
