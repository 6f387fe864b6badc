import { NORTHSTAR } from '@trustops/demo-data';
import { As, DemoActor, factory, ok } from '@trustops/testing';
import { TicketEntity } from '../tickets/ticket.entity';

const oakfield = NORTHSTAR.schools[0];
const at = (iso: string) => new Date(iso);

/**
 * A ticket row for unit tests, as raised at Oakfield on Monday 23 Nov 2026 09:00 (P2: first response due 10:00,
 * resolution 17:00 in working time), open and unassigned. Say only what the test is about.
 */
export const makeTicket = factory((n): TicketEntity => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  trustId: NORTHSTAR.id,
  number: `NLT-${1000 + n}`,
  schoolId: oakfield.id,
  requesterId: '00000000-0000-4000-8000-00000000aaaa',
  assigneeId: null,
  kind: 'FAULT',
  category: 'PRINTING',
  impact: 'MEDIUM',
  urgency: 'HIGH',
  priority: 'P2',
  status: 'OPEN',
  subject: `Printer jammed ${n}`,
  description: 'Paper stuck, error E2',
  tags: [],
  parentId: null,
  raisedInExamWindow: false,
  firstResponseDueAt: at('2026-11-23T10:00:00Z'),
  firstResponseWarningAt: at('2026-11-23T09:45:00Z'),
  firstRespondedAt: null,
  resolutionDueAt: at('2026-11-23T17:00:00Z'),
  resolutionWarningAt: at('2026-11-23T15:00:00Z'),
  firstResponseTarget: 60,
  resolutionTarget: 480,
  firstResponseAlerted: null,
  resolutionAlerted: null,
  nextAlertAt: null,
  team: null,
  assetId: null,
  consumedMinutes: 0,
  startedAt: at('2026-11-23T09:00:00Z'),
  resolvedAt: null,
  closedAt: null,
  csatScore: null,
  csatComment: null,
  createdAt: at('2026-11-23T09:00:00Z'),
  updatedAt: at('2026-11-23T09:00:00Z'),
}));

/** What the raise form sends: a printer fault at Oakfield (P2), unless the test says otherwise. */
export const makeRaiseInput = factory((n) => ({
  schoolId: oakfield.id as string,
  subject: `Printer jammed in staff room ${n}`,
  description: 'Paper stuck, error E2',
  kind: 'FAULT',
  impact: 'MEDIUM',
  urgency: 'HIGH',
  category: 'PRINTING',
  tags: undefined as string[] | undefined,
  assetId: undefined as string | undefined,
}));

const RAISE = `mutation ($input: RaiseTicketInput!) { raiseTicket(input: $input) { id number status } }`;

/** A ticket raised through the API by `who` (the teacher unless said), with the raise input's defaults. */
export async function newTicket(
  as: As,
  overrides: Partial<ReturnType<typeof makeRaiseInput>> = {},
  who: DemoActor = 'teacher',
): Promise<{ id: string; number: string; status: string }> {
  return ok(await as(who, RAISE, { input: makeRaiseInput(overrides) })).raiseTicket;
}
