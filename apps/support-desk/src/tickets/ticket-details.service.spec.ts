import { academicYearCalendar, schoolCalendar } from '@trustops/school-calendar';
import { Actor, AuditService, Clock } from '@trustops/service-kit';
import { FixedClock } from '@trustops/service-kit/testing';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { makeTicket } from '../testing/factories';
import { TicketReplyEntity } from './ticket.entity';
import { TicketDetailsService } from './ticket-details.service';
import { TicketsRepository } from './tickets.repository';

const teacher = { userId: '00000000-0000-4000-8000-00000000aaaa', role: 'STAFF' } as Actor;
const tech = { userId: '00000000-0000-4000-8000-00000000bbbb', role: 'TECHNICIAN' } as Actor;
const reply = (id: string, internal: boolean) => ({ id, internal }) as TicketReplyEntity;

function setUp() {
  const parent = makeTicket();
  const mine = makeTicket({ parentId: parent.id, requesterId: teacher.userId });
  const theirs = makeTicket({ parentId: parent.id, requesterId: tech.userId });
  const repo = {
    children: async () => [mine, theirs],
    replies: async () => [reply('public', false), reply('note', true)],
  } as unknown as TicketsRepository;
  const copies = {
    calendarFor: async () => schoolCalendar(academicYearCalendar(2026)),
  } as unknown as DirectoryCopiesService;
  const clock = new FixedClock('2026-11-23T15:30:00Z');
  const details = new TicketDetailsService(repo, copies, {} as AuditService, clock as Clock);
  return { details, parent, mine, theirs, clock };
}

describe('TicketDetailsService', () => {
  it('shows the IT team every linked report and a requester only their own', async () => {
    const { details, parent, mine, theirs } = setUp();
    expect((await details.children(tech, parent)).map((t) => t.id)).toEqual([mine.id, theirs.id]);
    expect((await details.children(teacher, parent)).map((t) => t.id)).toEqual([mine.id]);
  });

  it('keeps internal notes from anyone outside the IT team', async () => {
    const { details, parent } = setUp();
    expect((await details.replies(tech, parent)).map((r) => r.id)).toEqual(['public', 'note']);
    expect((await details.replies(teacher, parent)).map((r) => r.id)).toEqual(['public']);
  });

  it("gives the SLA figures at the clock's time", async () => {
    const { details, clock } = setUp();
    const sla = await details.sla(makeTicket({ firstRespondedAt: new Date('2026-11-23T09:30:00Z') }));
    expect(sla).toMatchObject({ state: 'WARNING', resolutionMinutesLeft: 90, resolutionWorkingMinutesLeft: 90 });
    clock.set('2026-11-23T17:30:00Z');
    expect(await details.sla(makeTicket({ firstRespondedAt: new Date('2026-11-23T09:30:00Z') }))).toMatchObject({
      state: 'BREACHED',
      resolutionMinutesLeft: -30,
    });
  });
});
