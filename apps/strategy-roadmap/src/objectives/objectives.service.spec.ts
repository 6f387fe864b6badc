import { AuditService } from '@trustops/service-kit';
import { FixedClock } from '@trustops/service-kit/testing';
import { EventsService } from '../events/events.service';
import { makeActor, makeMeasureRow } from '../testing/factories';
import { MeasureRow, ObjectivesRepository } from './objectives.repository';
import { ObjectivesService } from './objectives.service';

const actor = makeActor({ role: 'EXECUTIVE' });

/** The service with its repository, audit and events as plain fakes, and the clock held at a known moment. */
function setUp(measure: MeasureRow | null) {
  const repository = {
    measure: jest.fn(async () => measure),
    setCurrent: jest.fn(async () => undefined),
    replaceReading: jest.fn(async () => undefined),
  };
  const audit = { record: jest.fn(async () => undefined) };
  const events = { emit: jest.fn(async () => 'event-1') };
  const clock = new FixedClock('2026-11-15T23:30:00Z');
  const service = new ObjectivesService(
    repository as unknown as ObjectivesRepository,
    audit as unknown as AuditService,
    events as unknown as EventsService,
    clock,
  );
  return { service, repository, audit, events };
}

describe('ObjectivesService.updateMeasure', () => {
  it("records the value as a reading of the clock's day when no day is given, and says so in the event", async () => {
    const measure = makeMeasureRow({ baseline: 40, target: 80, current: 55 });
    const { service, repository, audit, events } = setUp(measure);

    expect(await service.updateMeasure(actor, measure.id, 61, null)).toEqual({ ...measure, current: 61 });

    expect(repository.setCurrent).toHaveBeenCalledWith(measure.id, 61);
    expect(repository.replaceReading).toHaveBeenCalledWith(measure.id, 61, '2026-11-15', actor.userId);
    expect(audit.record).toHaveBeenCalledWith(
      expect.objectContaining({ before: { current: 55 }, after: { current: 61, recordedOn: '2026-11-15' } }),
    );
    expect(events.emit).toHaveBeenCalledWith('measure.updated', {
      measureId: measure.id,
      objectiveId: measure.objectiveId,
      current: 61,
      target: 80,
      recordedOn: '2026-11-15',
    });
  });

  it('keeps the day given for a reading taken earlier', async () => {
    const measure = makeMeasureRow();
    const { service, repository } = setUp(measure);
    await service.updateMeasure(actor, measure.id, 3, '2026-11-01');
    expect(repository.replaceReading).toHaveBeenCalledWith(measure.id, 3, '2026-11-01', actor.userId);
  });

  it('refuses a measure it cannot see as MEASURE_NOT_FOUND, writing nothing', async () => {
    const { service, repository, events } = setUp(null);
    await expect(service.updateMeasure(actor, 'measure-x', 3, null)).rejects.toMatchObject({
      code: 'MEASURE_NOT_FOUND',
      category: 'NOT_FOUND',
      details: { measureId: 'measure-x' },
    });
    expect(repository.setCurrent).not.toHaveBeenCalled();
    expect(events.emit).not.toHaveBeenCalled();
  });

  it('refuses a percentage past 100 as BAD_USER_INPUT, writing nothing', async () => {
    const measure = makeMeasureRow({ unit: 'PERCENT', baseline: 40, target: 80 });
    const { service, repository } = setUp(measure);
    await expect(service.updateMeasure(actor, measure.id, 120, null)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'measures.current' },
    });
    expect(repository.replaceReading).not.toHaveBeenCalled();
  });
});
