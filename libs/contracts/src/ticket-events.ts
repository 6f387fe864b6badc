/** What the support desk tells other services (leadership reporting rolls these up). Times are ISO strings. */
interface TicketRef {
  ticketId: string;
  schoolId: string;
}

export type TicketKind = 'FAULT' | 'SERVICE_REQUEST' | 'HOW_TO' | 'ENABLEMENT';
export type TicketPriority = 'P1' | 'P2' | 'P3' | 'P4';

export interface TicketRaised extends TicketRef {
  number: string;
  kind: TicketKind;
  priority: TicketPriority;
  category: string;
  raisedAt: string;
  firstResponseDueAt: string;
  resolutionDueAt: string;
  team: string | null;
  assigneeId: string | null;
}
export interface TicketAssigned extends TicketRef {
  assigneeId: string | null;
  team?: string | null;
  routed?: boolean;
}
export interface TicketStatusChanged extends TicketRef {
  from: string;
  to: string;
  at: string;
  resolutionDueAt: string;
  firstRespondedAt: string | null;
  priority: TicketPriority;
  kind: TicketKind;
  /**
   * When `to` is RESOLVED or CLOSED: whether the ticket met its SLA, decided by the support desk with the rule of
   * its MET badge. Absent on events written before this field was added (and on moves to an open status).
   */
  slaMet?: boolean;
}
export interface TicketReplied extends TicketRef {
  replyId: string;
  internal: boolean;
  byRequester: boolean;
  firstResponse: boolean;
  at: string;
  raisedAt: string;
}
export interface TicketRated extends TicketRef {
  score: number;
}
export interface TicketLinked extends TicketRef {
  parentId: string;
}
export interface TicketAttached extends TicketRef {
  attachmentId: string;
}
export interface TicketSlaAlert extends TicketRef {
  number: string;
  priority: TicketPriority;
  assigneeId: string | null;
  clock: 'FIRST_RESPONSE' | 'RESOLUTION';
  dueAt: string;
  at: string;
}

export interface TicketEvents {
  'ticket.raised': TicketRaised;
  'ticket.assigned': TicketAssigned;
  'ticket.status_changed': TicketStatusChanged;
  'ticket.replied': TicketReplied;
  'ticket.rated': TicketRated;
  'ticket.linked': TicketLinked;
  'ticket.attached': TicketAttached;
  'ticket.sla_warning': TicketSlaAlert;
  'ticket.sla_breached': TicketSlaAlert;
}
