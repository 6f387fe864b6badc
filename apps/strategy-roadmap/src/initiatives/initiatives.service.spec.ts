import { AuditService } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { EventsService } from '../events/events.service';
import { ObjectivesService } from '../objectives/objectives.service';
import { makeActor, makeInitiativeInput, makeInitiativeRow } from '../testing/factories';
import { InitiativeRow, InitiativesRepository } from './initiatives.repository';
import { InitiativesService } from './initiatives.service';
import { CreateInitiativeInput } from './initiatives.types';

/** The service with its repository and neighbours as plain fakes: `row` is the initiative it finds. */
function setUp(row: InitiativeRow | null) {
  const repository = {
    find: jest.fn(async () => row),
    setStatus: jest.fn(async () => undefined),
    objectivesOf: jest.fn(async () => []),
    insert: jest.fn(async () => row?.id ?? 'new'),
  };
  const objectives = { requireAll: jest.fn(async () => ['o1', 'o2']) };
  const copies = { requireSchools: jest.fn(async () => []), requireMember: jest.fn() };
  const audit = { record: jest.fn(async () => undefined) };
  const events = { emit: jest.fn(async () => 'event-1') };
  const service = new InitiativesService(
    repository as unknown as InitiativesRepository,
    objectives as unknown as ObjectivesService,
    copies as unknown as DirectoryCopiesService,
    audit as unknown as AuditService,
    events as unknown as EventsService,
  );
  return { service, repository, objectives, events };
}

describe('InitiativesService.setStatus', () => {
  it('refuses a jump the status flow does not allow as INITIATIVE_STATUS_MOVE, a conflict, writing nothing', async () => {
    const row = makeInitiativeRow({ status: 'PROPOSED' });
    const { service, repository, events } = setUp(row);
    await expect(service.setStatus(row.id, 'DONE', null, null)).rejects.toMatchObject({
      code: 'INITIATIVE_STATUS_MOVE',
      category: 'CONFLICT',
      message: 'A PROPOSED initiative can become APPROVED or DROPPED, not DONE',
      details: { initiativeId: row.id, field: 'reason' },
    });
    expect(repository.setStatus).not.toHaveBeenCalled();
    expect(events.emit).not.toHaveBeenCalled();
  });

  it('refuses red without a reason as BAD_USER_INPUT on the reason', async () => {
    const row = makeInitiativeRow({ status: 'IN_PROGRESS' });
    const { service, repository } = setUp(row);
    await expect(service.setStatus(row.id, 'IN_PROGRESS', 'RED', '   ')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      category: 'BAD_USER_INPUT',
      details: { initiativeId: row.id, field: 'reason' },
    });
    expect(repository.setStatus).not.toHaveBeenCalled();
  });

  it('keeps the current amber and its reason when only the status moves', async () => {
    const row = makeInitiativeRow({ status: 'APPROVED', rag: 'AMBER', ragReason: 'Supplier late' });
    const { service, repository } = setUp(row);
    await service.setStatus(row.id, 'IN_PROGRESS', null, null);
    expect(repository.setStatus).toHaveBeenCalledWith(row.id, 'IN_PROGRESS', 'AMBER', 'Supplier late');
  });

  it('refuses a reason past 1,000 characters', async () => {
    const row = makeInitiativeRow({ status: 'IN_PROGRESS' });
    const { service } = setUp(row);
    await expect(service.setStatus(row.id, 'IN_PROGRESS', 'RED', 'x'.repeat(1001))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'reason', min: 1, max: 1000 },
    });
  });

  it('refuses an initiative it cannot see as INITIATIVE_NOT_FOUND', async () => {
    const { service } = setUp(null);
    await expect(service.setStatus('gone', 'APPROVED', null, null)).rejects.toMatchObject({
      code: 'INITIATIVE_NOT_FOUND',
      category: 'NOT_FOUND',
      details: { initiativeId: 'gone' },
    });
  });
});

describe('InitiativesService.create', () => {
  const input = (over: Partial<CreateInitiativeInput>) => makeInitiativeInput(over) as CreateInitiativeInput;

  it('keeps the problem to the 2,000 characters the column holds, saying how to put it', async () => {
    const { service, repository } = setUp(makeInitiativeRow());
    await expect(
      service.create(makeActor(), input({ problem: `How can we ${'x'.repeat(2000)}?` })),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The problem, said as "how can we achieve …?", must be 1 to 2,000 characters',
      details: { field: 'problem', min: 1, max: 2000 },
    });
    expect(repository.insert).not.toHaveBeenCalled();
  });

  it('proposes it in NEXT by default, trimmed, for the objectives checked, and says so in the event', async () => {
    const row = makeInitiativeRow();
    const { service, repository, objectives, events } = setUp(row);
    await service.create(makeActor(), input({ title: '  Visualisers  ', objectiveIds: ['o1', 'o1', 'o2'] }));
    expect(objectives.requireAll).toHaveBeenCalledWith(['o1', 'o1', 'o2']);
    expect(repository.insert).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Visualisers', horizon: 'NEXT', sourceStandardId: null }),
      ['o1', 'o2'],
    );
    expect(events.emit).toHaveBeenCalledWith('initiative.created', {
      initiativeId: row.id,
      title: row.title,
      schoolIds: [],
      horizon: 'NEXT',
      status: 'PROPOSED',
      rag: 'GREEN',
      objectiveIds: ['o1', 'o2'],
    });
  });
});
