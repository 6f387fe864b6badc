import { academicYearCalendar, schoolCalendar } from '@trustops/school-calendar';
import { AuditService, Clock } from '@trustops/service-kit';
import { FixedClock } from '@trustops/service-kit/testing';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { makeTicket } from '../testing/factories';
import { TicketEntity } from './ticket.entity';
import { TicketEventsService } from './ticket-events.service';
import { TicketStepsService } from './ticket-steps.service';
import { TicketsRepository } from './tickets.repository';

/** The service with its repository and neighbours as plain fakes: no database, time held still. */
function setUp(children: TicketEntity[] = []) {
  const saved: TicketEntity[] = [];
  const repo = {
    save: async (t: TicketEntity) => void saved.push({ ...t }),
    children: async () => children,
    addReply: async () => 'reply-1',
    replyOrFail: async () => ({ id: 'reply-1' }),
  } as unknown as TicketsRepository;
  const calendar = schoolCalendar(academicYearCalendar(2026));
  const copies = { calendarFor: async () => calendar } as unknown as DirectoryCopiesService;
  const audit = { record: jest.fn(async () => undefined) };
  const events = { emit: jest.fn(async (_type: string, _payload: object) => 'event-id') };
  const clock = new FixedClock('2026-11-23T14:00:00Z');
  const steps = new TicketStepsService(
    repo,
    copies,
    audit as unknown as AuditService,
    events as unknown as TicketEventsService,
    clock as Clock,
  );
  const emitted = (type: string) => events.emit.mock.calls.filter(([t]) => t === type).map(([, p]) => p);
  return { steps, saved, emitted, clock };
}

describe('TicketStepsService.moveStatus', () => {
  it('resolves in time: stops the clock, stamps the clock time, and says slaMet true', async () => {
    const { steps, saved, emitted, clock } = setUp();
    const ticket = makeTicket({ firstRespondedAt: new Date('2026-11-23T09:30:00Z') });
    await steps.moveStatus(ticket, 'RESOLVED', clock.now(), 'tech-1');
    expect(saved).toMatchObject([
      { status: 'RESOLVED', resolvedAt: clock.now(), updatedAt: clock.now(), startedAt: null, consumedMinutes: 300 },
    ]);
    expect(emitted('ticket.status_changed')).toEqual([
      expect.objectContaining({ from: 'OPEN', to: 'RESOLVED', at: '2026-11-23T14:00:00.000Z', slaMet: true }),
    ]);
  });

  it('says slaMet false when the first response came after its due time', async () => {
    const { steps, emitted, clock } = setUp();
    const ticket = makeTicket({ firstRespondedAt: new Date('2026-11-23T10:05:00Z') });
    await steps.moveStatus(ticket, 'RESOLVED', clock.now(), 'tech-1');
    expect(emitted('ticket.status_changed')).toEqual([expect.objectContaining({ to: 'RESOLVED', slaMet: false })]);
  });

  it('leaves slaMet out of a move to an open status', async () => {
    const { steps, emitted, clock } = setUp();
    await steps.moveStatus(makeTicket(), 'WAITING', clock.now(), 'tech-1');
    expect(emitted('ticket.status_changed')).toHaveLength(1);
    expect(emitted('ticket.status_changed')[0]).not.toHaveProperty('slaMet');
  });

  it('refuses a move the flow does not allow as TICKET_STATUS_MOVE and writes nothing', async () => {
    const { steps, saved, emitted, clock } = setUp();
    await expect(
      steps.moveStatus(makeTicket({ status: 'NEW' }), 'CLOSED', clock.now(), 'tech-1'),
    ).rejects.toMatchObject({ code: 'TICKET_STATUS_MOVE', category: 'CONFLICT' });
    expect(saved).toEqual([]);
    expect(emitted('ticket.status_changed')).toEqual([]);
  });

  it('resolves the open children with the parent, each with a public reply', async () => {
    const child = makeTicket({ status: 'OPEN' });
    const done = makeTicket({ status: 'CLOSED' });
    const { steps, emitted, clock } = setUp([child, done]);
    const parent = makeTicket({ number: 'NLT-2000' });
    await steps.moveStatus(parent, 'RESOLVED', clock.now(), 'tech-1');
    expect(emitted('ticket.status_changed').map((p) => (p as { ticketId: string }).ticketId)).toEqual([
      parent.id,
      child.id,
    ]);
    expect(emitted('ticket.replied')).toEqual([
      expect.objectContaining({ ticketId: child.id, firstResponse: true, internal: false }),
    ]);
    expect(child.status).toBe('RESOLVED');
  });
});
