import { CopiesReader } from '@trustops/directory-copies';
import { FixedClock } from '@trustops/service-kit/testing';
import { makeActor, makeFigures } from '../testing/factories';
import { Figures, TrustCounts } from './board-rows';
import { BoardRepository } from './board.repository';
import { BoardService } from './board.service';

const trust: TrustCounts = {
  openIncidents: 1,
  maxSeverity: 'SEV2',
  ico: 0,
  changesThisWeek: 2,
  green: 3,
  amber: 1,
  red: 1,
  sev1: 0,
  sev2: 1,
  sev3: 0,
  sev4: 0,
};

function setup(figures: Figures[]) {
  const repository = {
    figures: jest.fn(async () => figures),
    trends: jest.fn(async () => [
      { schoolId: figures[0].schoolId, week: '2026-11-23', opened: 2, resolved: 1, met: 1, breached: 0 },
    ]),
    trust: jest.fn(async () => trust),
  };
  const copies = { requireSchool: jest.fn(async () => ({ id: figures[0].schoolId, name: 'x', phase: 'PRIMARY' })) };
  // A Wednesday: this week's Monday is 2026-11-23.
  const clock = new FixedClock('2026-11-25T12:00:00Z');
  const service = new BoardService(repository as unknown as BoardRepository, copies as unknown as CopiesReader, clock);
  return { service, repository, copies };
}

describe('the board service, with its repository faked and the clock held', () => {
  const oak = makeFigures({ open: 4, resolved: 3, met: 2, breached: 1, opened: 5, trustMedianFr: 42 });
  const elm = makeFigures({ open: 1, resolved: 1, met: 1, opened: 1 });

  it('defaults to the 28 days up to today and counts changes from this Monday', async () => {
    const { service, repository } = setup([oak, elm]);
    const board = await service.board();
    expect(board).toMatchObject({ from: '2026-10-29', to: '2026-11-25' });
    expect(repository.figures).toHaveBeenCalledWith('2026-10-29', '2026-11-25', null, '2026-11-23');
    expect(repository.trends).toHaveBeenCalledWith('2026-09-07', '2026-11-25', null);
    expect(repository.trust).toHaveBeenCalledWith('2026-11-23');
  });

  it("adds the schools' counters for the trust and takes its incidents, changes and median as counted once", async () => {
    const { totals, schools } = await setup([oak, elm]).service.board('2026-11-01', '2026-11-25');
    expect(schools.map((s) => s.openTickets)).toEqual([4, 1]);
    expect(totals).toMatchObject({
      openTickets: 5,
      ticketsResolved: 4,
      slaMetPercent: 75,
      breaches: 1,
      medianFirstResponseMinutes: 42,
      openIncidents: 1,
      changesThisWeek: 2,
      rag: { green: 3, amber: 1, red: 1 },
    });
    expect(totals.trend).toHaveLength(12);
    expect(totals.trend[11]).toEqual({
      weekStart: '2026-11-23',
      ticketsOpened: 2,
      ticketsResolved: 1,
      slaMetPercent: 100,
    });
  });

  it('checks the range before it reads, and the school before its figures', async () => {
    const { service, repository, copies } = setup([oak]);
    await expect(service.board('2026-11-25', '2026-11-01')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(repository.figures).not.toHaveBeenCalled();
    const actor = makeActor();
    const row = await service.school(actor, oak.schoolId, '2026-11-01', '2026-11-25');
    expect(copies.requireSchool).toHaveBeenCalledWith(actor, oak.schoolId);
    expect(repository.figures).toHaveBeenCalledWith('2026-11-01', '2026-11-25', oak.schoolId, '2026-11-23');
    expect(row.school).toEqual({ id: oak.schoolId });
  });
});
