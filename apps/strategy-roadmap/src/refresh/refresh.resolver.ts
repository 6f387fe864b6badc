import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor, AuditService, badInput, CurrentActor, Roles, TenantDb } from '@trustops/service-kit';
import { ReferencesService, S } from '../references/references.service';
import { READERS, School } from '../shared';
import { FleetRow, Policy, refreshPlan } from './refresh-plan';

@ObjectType()
export class RefreshYear {
  @Field(() => Int) year: number;
  @Field(() => Int) devices: number;
  @Field(() => Float, { description: 'Pounds' }) cost: number;
}

@ObjectType({ description: "One school's devices coming due for refresh, year by year for five years" })
export class SchoolRefreshPlan {
  @Field(() => School) school: School;
  @Field(() => Int) devices: number;
  @Field(() => [RefreshYear]) years: RefreshYear[];
}

const MANAGERS = ['IT_DIRECTOR', 'ENGINEER'] as const;

@Resolver()
export class RefreshResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => [SchoolRefreshPlan], {
    description: 'Per school (or one school), devices and cost due each year from this calendar year',
  })
  @Roles(...READERS)
  async deviceRefreshPlan(
    @CurrentActor() actor: Actor,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string,
  ): Promise<SchoolRefreshPlan[]> {
    if (schoolId) await this.refs.requireSchool(actor, schoolId);
    const fleet: FleetRow[] = await this.db.em().query(
      `SELECT school_id AS "schoolId", device_type AS "deviceType", purchased_year AS "purchasedYear", count
      FROM ${S}.device_fleet WHERE $1::uuid IS NULL OR school_id = $1`,
      [schoolId ?? null],
    );
    const policies: Policy[] = await this.db
      .em()
      .query(
        `SELECT device_type AS "deviceType", cycle_years AS "cycleYears", unit_cost::float8 AS "unitCost" FROM ${S}.refresh_policy`,
      );
    const schools = schoolId ? [schoolId] : [...new Set(fleet.map((f) => f.schoolId))];
    const year = new Date().getUTCFullYear();
    return schools.map((id) => {
      const mine = fleet.filter((f) => f.schoolId === id);
      return {
        school: { id },
        devices: mine.reduce((n, f) => n + f.count, 0),
        years: refreshPlan(mine, policies, year),
      };
    });
  }

  @Mutation(() => Boolean)
  @Roles(...MANAGERS)
  async setDeviceCount(
    @Args('schoolId', { type: () => ID }) schoolId: string,
    @Args('deviceType') deviceType: string,
    @Args('purchasedYear', { type: () => Int }) purchasedYear: number,
    @Args('count', { type: () => Int }) count: number,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    if (!/^[A-Z_]{2,30}$/.test(deviceType))
      throw badInput('A device type is a short name in capitals, e.g. LAPTOP', { field: 'deviceType' });
    if (purchasedYear < 2000 || purchasedYear > new Date().getUTCFullYear())
      throw badInput('The purchase year is from 2000 to this year', { field: 'purchasedYear' });
    if (count < 0 || count > 100_000) throw badInput('A count is from 0 to 100,000', { field: 'count' });
    await this.refs.requireSchool(actor, schoolId);
    await this.db.em().query(
      `INSERT INTO ${S}.device_fleet (school_id, device_type, purchased_year, count) VALUES ($1, $2, $3, $4)
      ON CONFLICT (trust_id, school_id, device_type, purchased_year) DO UPDATE SET count = $4`,
      [schoolId, deviceType, purchasedYear, count],
    );
    await this.audit.record({
      entity: 'device_fleet',
      entityId: `${schoolId}:${deviceType}:${purchasedYear}`,
      action: 'set',
      after: { count },
    });
    return true;
  }

  @Mutation(() => Boolean)
  @Roles(...MANAGERS)
  async setRefreshPolicy(
    @Args('deviceType') deviceType: string,
    @Args('cycleYears', { type: () => Int }) cycleYears: number,
    @Args('unitCost', { type: () => Float }) unitCost: number,
  ): Promise<boolean> {
    if (!/^[A-Z_]{2,30}$/.test(deviceType))
      throw badInput('A device type is a short name in capitals, e.g. LAPTOP', { field: 'deviceType' });
    if (cycleYears < 1 || cycleYears > 15) throw badInput('A refresh cycle is 1 to 15 years', { field: 'cycleYears' });
    if (!(unitCost >= 0 && unitCost <= 100_000)) throw badInput('A unit cost is £0 to £100,000', { field: 'unitCost' });
    await this.db.em().query(
      `INSERT INTO ${S}.refresh_policy (device_type, cycle_years, unit_cost) VALUES ($1, $2, $3)
      ON CONFLICT (trust_id, device_type) DO UPDATE SET cycle_years = $2, unit_cost = $3`,
      [deviceType, cycleYears, unitCost],
    );
    await this.audit.record({
      entity: 'refresh_policy',
      entityId: deviceType,
      action: 'set',
      after: { cycleYears, unitCost },
    });
    return true;
  }
}
