import { academicYearCalendar, schoolCalendar } from '@trustops/school-calendar';
import { checkMove, effectivePriority, metSla, priorityOf, slaStateOf, SlaFacts, DEFAULT_SLA } from './ticket-rules';
import { resumeClock, startClock, stopClock } from './sla/sla-clock';

describe('priority', () => {
  it.each([
    { title: 'high impact, high urgency', input: ['HIGH', 'HIGH'] as const, expected: 'P1' },
    { title: 'high impact, medium urgency', input: ['HIGH', 'MEDIUM'] as const, expected: 'P2' },
    { title: 'medium both', input: ['MEDIUM', 'MEDIUM'] as const, expected: 'P3' },
    { title: 'low impact, high urgency', input: ['LOW', 'HIGH'] as const, expected: 'P3' },
    { title: 'medium impact, low urgency', input: ['MEDIUM', 'LOW'] as const, expected: 'P4' },
    { title: 'low both', input: ['LOW', 'LOW'] as const, expected: 'P4' },
  ])('$title is $expected', ({ input, expected }) => {
    expect(priorityOf(input[0], input[1])).toBe(expected);
  });

  it.each([
    { title: 'an exam-critical category rises in the exam window', input: ['NETWORK', true], expected: 'P2' },
    { title: 'it does not rise outside the window', input: ['NETWORK', false], expected: 'P3' },
    { title: 'a non-critical category does not rise', input: ['AV', true], expected: 'P3' },
  ] as const)('$title', ({ input, expected }) => {
    expect(effectivePriority('MEDIUM', 'MEDIUM', input[0], input[1])).toBe(expected);
  });
});

describe('status moves', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it.each([
    { title: 'NEW to OPEN', input: ['NEW', 'OPEN', null], ok: true },
    { title: 'OPEN to WAITING', input: ['OPEN', 'WAITING', null], ok: true },
    { title: 'RESOLVED to CLOSED', input: ['RESOLVED', 'CLOSED', '2026-11-24T12:00:00Z'], ok: true },
    { title: 'a reopen within 7 days', input: ['RESOLVED', 'OPEN', '2026-11-20T12:00:00Z'], ok: true },
    { title: 'a reopen after 7 days', input: ['RESOLVED', 'OPEN', '2026-11-10T12:00:00Z'], ok: false },
    { title: 'NEW straight to CLOSED', input: ['NEW', 'CLOSED', null], ok: false },
    { title: 'anything from CLOSED', input: ['CLOSED', 'OPEN', '2026-11-24T12:00:00Z'], ok: false },
  ] as const)('$title', ({ input, ok }) => {
    expect(checkMove(input[0], input[1], input[2] ? new Date(input[2]) : null, now).ok).toBe(ok);
  });
});

describe('SLA clock in school working time', () => {
  const cal = schoolCalendar(academicYearCalendar(2026));
  const at = (iso: string) => new Date(iso);

  it('starts a P2 raised Friday 16:50 and runs it into Monday', () => {
    const clock = startClock(cal, at('2026-11-20T16:50:00Z'), DEFAULT_SLA.P2);
    expect(clock.firstResponseDueAt.toISOString()).toBe('2026-11-23T08:50:00.000Z');
    expect(clock.resolutionDueAt.toISOString()).toBe('2026-11-23T15:50:00.000Z');
  });

  it('keeps counting over half term (the central team works) but not over the weekend', () => {
    const clock = startClock(cal, at('2026-10-23T14:00:00Z'), DEFAULT_SLA.P3);
    // Friday 15:00 BST: 2 h that day, 9 h on Monday 26 Oct (half term, now GMT), 7 h on Tuesday.
    expect(clock.resolutionDueAt.toISOString()).toBe('2026-10-27T15:00:00.000Z');
  });

  it('crosses the change from BST to GMT on local time', () => {
    // Friday 16:30 BST: 30 minutes that day, 30 more from Monday's 08:00 GMT opening.
    const clock = startClock(cal, at('2026-10-23T15:30:00Z'), DEFAULT_SLA.P2);
    expect(clock.firstResponseDueAt.toISOString()).toBe('2026-10-26T08:30:00.000Z');
  });

  it('pauses while waiting and resumes for what is left', () => {
    let clock = startClock(cal, at('2026-11-23T09:00:00Z'), DEFAULT_SLA.P2);
    clock = stopClock(cal, clock, at('2026-11-23T11:00:00Z'));
    expect(clock.consumedMinutes).toBe(120);
    clock = resumeClock(cal, clock, at('2026-11-24T09:00:00Z'), DEFAULT_SLA.P2);
    expect(clock.resolutionDueAt.toISOString()).toBe('2026-11-24T15:00:00.000Z');
  });

  it('resumes a reopened ticket from where it stopped', () => {
    let clock = startClock(cal, at('2026-11-23T09:00:00Z'), DEFAULT_SLA.P1);
    clock = stopClock(cal, clock, at('2026-11-23T12:00:00Z'));
    clock = resumeClock(cal, clock, at('2026-11-25T14:00:00Z'), DEFAULT_SLA.P1);
    expect(clock.resolutionDueAt.toISOString()).toBe('2026-11-25T15:00:00.000Z');
  });

  it('keeps a breach that happened before the pause', () => {
    let clock = startClock(cal, at('2026-11-23T09:00:00Z'), DEFAULT_SLA.P1);
    clock = stopClock(cal, clock, at('2026-11-23T15:00:00Z'));
    clock = resumeClock(cal, clock, at('2026-11-24T09:00:00Z'), DEFAULT_SLA.P1);
    expect(clock.resolutionDueAt.toISOString()).toBe('2026-11-23T13:00:00.000Z');
  });
});

describe('slaStateOf', () => {
  const base: SlaFacts = {
    status: 'OPEN',
    firstRespondedAt: null,
    resolvedAt: null,
    firstResponseWarningAt: new Date('2026-11-23T09:45:00Z'),
    firstResponseDueAt: new Date('2026-11-23T10:00:00Z'),
    resolutionWarningAt: new Date('2026-11-23T15:00:00Z'),
    resolutionDueAt: new Date('2026-11-23T17:00:00Z'),
  };
  const responded = new Date('2026-11-23T09:30:00Z');
  it.each([
    { title: 'fresh', input: [{}, '2026-11-23T09:10:00Z'], expected: 'ON_TRACK' },
    { title: 'first response at 75%', input: [{}, '2026-11-23T09:50:00Z'], expected: 'WARNING' },
    { title: 'no first response in time', input: [{}, '2026-11-23T10:01:00Z'], expected: 'BREACHED' },
    {
      title: 'responded, resolution clock still fine',
      input: [{ firstRespondedAt: responded }, '2026-11-23T12:00:00Z'],
      expected: 'ON_TRACK',
    },
    {
      title: 'responded, resolution at 75%',
      input: [{ firstRespondedAt: responded }, '2026-11-23T15:30:00Z'],
      expected: 'WARNING',
    },
    {
      title: 'waiting on the requester',
      input: [{ firstRespondedAt: responded, status: 'WAITING' }, '2026-11-23T18:00:00Z'],
      expected: 'PAUSED',
    },
    {
      title: 'resolved in time',
      input: [
        { firstRespondedAt: responded, status: 'RESOLVED', resolvedAt: new Date('2026-11-23T16:00:00Z') },
        '2026-11-30T00:00:00Z',
      ],
      expected: 'MET',
    },
    {
      title: 'resolved late',
      input: [
        { firstRespondedAt: responded, status: 'CLOSED', resolvedAt: new Date('2026-11-23T17:30:00Z') },
        '2026-11-30T00:00:00Z',
      ],
      expected: 'BREACHED',
    },
  ] as const)('$title is $expected', ({ input, expected }) => {
    expect(slaStateOf({ ...base, ...input[0] } as SlaFacts, new Date(input[1]))).toBe(expected);
  });
});

describe('metSla (the MET badge and ticket.status_changed slaMet)', () => {
  const due = {
    firstResponseDueAt: new Date('2026-11-23T10:00:00Z'),
    firstResponseWarningAt: new Date('2026-11-23T09:45:00Z'),
    resolutionDueAt: new Date('2026-11-23T17:00:00Z'),
    resolutionWarningAt: new Date('2026-11-23T15:00:00Z'),
  };
  it.each([
    { title: 'answered and resolved in time', responded: '09:30', resolved: '16:00', expected: true },
    { title: 'resolved at the due minute', responded: '09:30', resolved: '17:00', expected: true },
    { title: 'resolved late', responded: '09:30', resolved: '17:01', expected: false },
    { title: 'answered late, resolved in time', responded: '10:05', resolved: '16:00', expected: false },
    {
      title: 'never answered, resolved before the first-response due time',
      responded: null,
      resolved: '09:50',
      expected: true,
    },
    { title: 'never answered, resolved after it', responded: null, resolved: '11:00', expected: false },
  ])('$title: $expected', ({ responded, resolved, expected }) => {
    const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00Z`);
    expect(metSla({ ...due, firstRespondedAt: responded ? at(responded) : null }, at(resolved))).toBe(expected);
  });
});
