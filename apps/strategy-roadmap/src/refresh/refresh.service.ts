import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, Clock } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { FleetRow, PlanYear, Policy, refreshPlan } from './refresh-plan';
import { RefreshRepository } from './refresh.repository';

export interface SchoolPlan {
  school: { id: string };
  devices: number;
  years: PlanYear[];
}

const DEVICE_TYPE = /^[A-Z_]{2,30}$/;

function checkDeviceType(deviceType: string): void {
  if (!DEVICE_TYPE.test(deviceType))
    throw badInput('A device type is a short name in capitals, e.g. LAPTOP', { field: 'deviceType' });
}

/** Device refresh: the fleet and policies in, five years of devices and cost out, from this calendar year. */
@Injectable()
export class RefreshService {
  constructor(
    private readonly repository: RefreshRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Per school with devices (or the one school asked for). */
  async plan(actor: Actor, schoolId: string | null): Promise<SchoolPlan[]> {
    if (schoolId) await this.copies.requireSchool(actor, schoolId);
    const fleet = await this.repository.fleet(schoolId);
    const policies = await this.repository.policies();
    const schools = schoolId ? [schoolId] : [...new Set(fleet.map((f) => f.schoolId))];
    const year = this.clock.now().getUTCFullYear();
    return schools.map((id) => {
      const mine = fleet.filter((f) => f.schoolId === id);
      return {
        school: { id },
        devices: mine.reduce((n, f) => n + f.count, 0),
        years: refreshPlan(mine, policies, year),
      };
    });
  }

  async setDeviceCount(actor: Actor, row: FleetRow): Promise<void> {
    const { schoolId, deviceType, purchasedYear, count } = row;
    checkDeviceType(deviceType);
    if (purchasedYear < 2000 || purchasedYear > this.clock.now().getUTCFullYear())
      throw badInput('The purchase year is from 2000 to this year', { field: 'purchasedYear' });
    if (count < 0 || count > 100_000) throw badInput('A count is from 0 to 100,000', { field: 'count' });
    await this.copies.requireSchool(actor, schoolId);
    await this.repository.setDeviceCount(row);
    await this.audit.record({
      entity: 'device_fleet',
      entityId: `${schoolId}:${deviceType}:${purchasedYear}`,
      action: 'set',
      after: { count },
    });
  }

  async setPolicy(policy: Policy): Promise<void> {
    const { deviceType, cycleYears, unitCost } = policy;
    checkDeviceType(deviceType);
    if (cycleYears < 1 || cycleYears > 15) throw badInput('A refresh cycle is 1 to 15 years', { field: 'cycleYears' });
    if (!(unitCost >= 0 && unitCost <= 100_000)) throw badInput('A unit cost is £0 to £100,000', { field: 'unitCost' });
    await this.repository.setPolicy(policy);
    await this.audit.record({
      entity: 'refresh_policy',
      entityId: deviceType,
      action: 'set',
      after: { cycleYears, unitCost },
    });
  }
}
