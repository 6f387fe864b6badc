import { TicketStatusChanged } from '@trustops/contracts';
import { Actor } from '@trustops/service-kit';
import { factory } from '@trustops/testing';
import { Figures } from '../board/board-rows';
import { TicketState } from '../rollups/rollups.repository';
import { ScheduleRow } from '../schedules/schedules.repository';

/** Pure test data for unit specs: each says only what its test is about. */
export const makeActor = factory<Actor>((n) => ({
  userId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  trustId: '00000000-0000-4000-8000-0000000000aa',
  role: 'IT_DIRECTOR',
  schoolIds: null,
}));

export const makeSchedule = factory<ScheduleRow>((n) => ({
  id: `schedule-${n}`,
  cadence: 'WEEKLY',
  recipients: [`clerk${n}@northstar.example`],
  nextRunAt: new Date('2026-11-30T07:00:00Z'),
  lastSentAt: null,
}));

/** A ticket as reporting keeps it: raised at 09:00, first reply due by 13:00, answered after 30 minutes. */
export const makeTicketState = factory<TicketState>(() => ({
  status: 'OPEN',
  resolvedAt: null,
  met: null,
  raisedAt: new Date('2026-11-24T09:00:00Z'),
  frDue: new Date('2026-11-24T13:00:00Z'),
  frMinutes: 30,
}));

/** A resolution inside its due time, without the desk's own slaMet (as events written before it sent one). */
export const makeResolved = factory<TicketStatusChanged>((n) => ({
  ticketId: `ticket-${n}`,
  schoolId: 'school-1',
  from: 'OPEN',
  to: 'RESOLVED',
  at: '2026-11-25T10:00:00.000Z',
  resolutionDueAt: '2026-11-26T09:00:00.000Z',
  firstRespondedAt: '2026-11-24T09:30:00.000Z',
  priority: 'P3',
  kind: 'FAULT',
}));

/** One school's figures, all zero unless the test says otherwise. */
export const makeFigures = factory<Figures>((n) => ({
  schoolId: `school-${n}`,
  name: `School ${n}`,
  phase: 'PRIMARY',
  open: 0,
  opened: 0,
  enablement: 0,
  resolved: 0,
  met: 0,
  breached: 0,
  csatSum: 0,
  csatCount: 0,
  done: 0,
  failed: 0,
  medianFr: null,
  openIncidents: 0,
  maxSeverity: null,
  ico: 0,
  changesThisWeek: 0,
  stdMet: 0,
  stdPartly: 0,
  stdTotal: 0,
  green: 0,
  amber: 0,
  red: 0,
  sev1: 0,
  sev2: 0,
  sev3: 0,
  sev4: 0,
  trustMedianFr: null,
}));
