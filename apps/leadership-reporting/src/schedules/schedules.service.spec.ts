import { AuditService, RepeatingJobs, TenantDb } from '@trustops/service-kit';
import { FixedClock } from '@trustops/service-kit/testing';
import { rowOf } from '../board/board-rows';
import { PackData } from '../pack/pack-data';
import { PackDataService } from '../pack/pack-data.service';
import { makeActor, makeFigures, makeSchedule } from '../testing/factories';
import { PackMailer } from './pack-mailer';
import { ScheduleRow, SchedulesRepository } from './schedules.repository';
import { SchedulesService } from './schedules.service';

/** A plain object standing in for a dependency: only what the service calls. */
const fake = <T>(parts: Partial<Record<keyof T, unknown>>) => parts as unknown as T;

const pack: PackData = {
  trust: 'Northstar Learning Trust',
  from: '',
  to: '',
  schools: [],
  totals: rowOf(makeFigures({ schoolId: 'trust', name: 'All schools', open: 3, met: 1, breached: 1 }), []),
  incidents: [],
  changes: [],
  initiatives: [],
  standards: [],
};

function setup(schedules: ScheduleRow[] = []) {
  const clock = new FixedClock('2026-11-30T07:00:00Z');
  const store = [...schedules];
  const repository = {
    add: jest.fn(async (cadence: ScheduleRow['cadence'], recipients: string[], nextRunAt: Date) =>
      makeSchedule({ cadence, recipients, nextRunAt }),
    ),
    remove: jest.fn(async (id: string) => store.find((s) => s.id === id)),
    trustIds: async () => ['trust-a'],
    nextDue: async (now: Date) =>
      store.filter((s) => s.nextRunAt <= now).sort((a, b) => +a.nextRunAt - +b.nextRunAt)[0],
    recordDelivery: jest.fn(async () => undefined),
    moveOn: jest.fn(async (id: string, nextRunAt: Date, sentAt: Date | null) => {
      const row = store.find((s) => s.id === id)!;
      Object.assign(row, { nextRunAt, lastSentAt: sentAt ?? row.lastSentAt });
    }),
  };
  const mailer = { send: jest.fn(async () => '<pack-1@trustops.test>') };
  const audit = { record: jest.fn(async () => undefined) };
  const service = new SchedulesService(
    fake<TenantDb>({ runInTenant: (_: unknown, work: (em: unknown) => Promise<unknown>) => work({}) }),
    fake<SchedulesRepository>(repository),
    fake<PackDataService>({ gather: async (from: string, to: string) => ({ ...pack, from, to }) }),
    fake<PackMailer>(mailer),
    fake<AuditService>(audit),
    fake<RepeatingJobs>({}),
    clock,
  );
  return { service, clock, store, repository, mailer, audit };
}

describe('the schedules service, with its repository faked and the clock held', () => {
  it.each([
    { cadence: 'WEEKLY' as const, first: '2026-12-07T07:00:00.000Z' },
    { cadence: 'MONTHLY' as const, first: '2026-12-30T07:00:00.000Z' },
  ])('sends the first $cadence pack one cadence from now ($first), to the cleaned addresses', async (c) => {
    const { service, repository, audit } = setup();
    const actor = makeActor();
    const row = await service.create(actor, c.cadence, [' Chair@Northstar.example ', 'chair@northstar.example']);
    expect(repository.add).toHaveBeenCalledWith(
      c.cadence,
      ['chair@northstar.example'],
      new Date(c.first),
      actor.userId,
    );
    expect(row.nextRunAt.toISOString()).toBe(c.first);
    expect(audit.record).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'created',
        after: { cadence: c.cadence, recipients: ['chair@northstar.example'] },
      }),
    );
  });

  it('sends only what is due, for the week before, and moves it on a week', async () => {
    const due = makeSchedule({ nextRunAt: new Date('2026-11-30T07:00:00Z') });
    const tomorrow = makeSchedule({ nextRunAt: new Date('2026-12-01T07:00:00Z') });
    const { service, clock, repository, mailer } = setup([due, tomorrow]);

    expect(await service.sendDue()).toBe(1);
    expect(mailer.send).toHaveBeenCalledTimes(1);
    expect(mailer.send).toHaveBeenCalledWith(
      expect.objectContaining({
        to: due.recipients,
        subject: 'Northstar Learning Trust: IT board pack, 2026-11-23 to 2026-11-29',
        pdf: expect.objectContaining({ filename: 'board-pack-2026-11-23-2026-11-29.pdf' }),
      }),
    );
    expect(repository.recordDelivery).toHaveBeenCalledWith({
      scheduleId: due.id,
      recipients: due.recipients,
      range: { from: '2026-11-23', to: '2026-11-29' },
      messageId: '<pack-1@trustops.test>',
      error: null,
    });
    expect(repository.moveOn).toHaveBeenCalledWith(due.id, new Date('2026-12-07T07:00:00Z'), clock.now());
    expect(due.lastSentAt).toEqual(clock.now());

    clock.advance(24 * 60);
    expect(await service.sendDue()).toBe(1);
    expect(repository.moveOn).toHaveBeenLastCalledWith(tomorrow.id, new Date('2026-12-08T07:00:00Z'), clock.now());
  });

  it('records a failed send and tries it again at the next run, not sooner', async () => {
    const due = makeSchedule({ nextRunAt: new Date('2026-11-30T07:00:00Z') });
    const { service, repository, mailer, audit } = setup([due]);
    mailer.send.mockRejectedValueOnce(new Error('connection refused'));

    expect(await service.sendDue()).toBe(1);
    expect(repository.recordDelivery).toHaveBeenCalledWith(
      expect.objectContaining({ scheduleId: due.id, messageId: null, error: 'connection refused' }),
    );
    expect(repository.moveOn).toHaveBeenCalledWith(due.id, new Date('2026-12-07T07:00:00Z'), null);
    expect(due.lastSentAt).toBeNull();
    expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ entityId: due.id, action: 'send_failed' }));
    expect(await service.sendDue()).toBe(0);
  });

  it('refuses to cancel a schedule the trust does not have, saying which', async () => {
    const { service, audit } = setup();
    await expect(service.cancel('schedule-x')).rejects.toMatchObject({
      code: 'SCHEDULE_NOT_FOUND',
      category: 'NOT_FOUND',
      details: { scheduleId: 'schedule-x' },
    });
    expect(audit.record).not.toHaveBeenCalled();
  });
});
