import { AuditService } from '@trustops/service-kit';
import { FixedClock } from '@trustops/service-kit/testing';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { makeActor } from '../testing/factories';
import { RefreshRepository } from './refresh.repository';
import { RefreshService } from './refresh.service';

const school = '00000000-0000-4000-8000-0000000000aa';

function setUp(at: string) {
  const repository = {
    fleet: jest.fn(async () => [{ schoolId: school, deviceType: 'LAPTOP', purchasedYear: 2024, count: 30 }]),
    policies: jest.fn(async () => [{ deviceType: 'LAPTOP', cycleYears: 4, unitCost: 500 }]),
    setDeviceCount: jest.fn(async () => undefined),
  };
  const copies = { requireSchool: jest.fn(async () => ({ id: school, name: 'Oakfield', phase: 'PRIMARY' })) };
  const audit = { record: jest.fn(async () => undefined) };
  const service = new RefreshService(
    repository as unknown as RefreshRepository,
    copies as unknown as DirectoryCopiesService,
    audit as unknown as AuditService,
    new FixedClock(at),
  );
  return { service, repository };
}

describe('RefreshService', () => {
  it("plans five years from the clock's calendar year", async () => {
    const { service } = setUp('2026-03-01T10:00:00Z');
    const [plan] = await service.plan(makeActor(), null);
    expect(plan).toEqual({
      school: { id: school },
      devices: 30,
      years: [
        { year: 2026, devices: 0, cost: 0 },
        { year: 2027, devices: 0, cost: 0 },
        { year: 2028, devices: 30, cost: 15_000 },
        { year: 2029, devices: 0, cost: 0 },
        { year: 2030, devices: 0, cost: 0 },
      ],
    });
  });

  it("refuses a purchase year after the clock's year, writing nothing", async () => {
    const { service, repository } = setUp('2026-12-31T23:00:00Z');
    const row = { schoolId: school, deviceType: 'LAPTOP', purchasedYear: 2027, count: 5 };
    await expect(service.setDeviceCount(makeActor(), row)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'purchasedYear' },
    });
    expect(repository.setDeviceCount).not.toHaveBeenCalled();
    await service.setDeviceCount(makeActor(), { ...row, purchasedYear: 2026 });
    expect(repository.setDeviceCount).toHaveBeenCalledWith({ ...row, purchasedYear: 2026 });
  });
});
