import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';
import { FleetRow, Policy } from './refresh-plan';

/** The device fleet (how many of each type each school bought when) and the refresh policies, under RLS. */
@Injectable()
export class RefreshRepository {
  constructor(private readonly db: TenantDb) {}

  /** Every school's fleet, or one school's. */
  fleet(schoolId: string | null): Promise<FleetRow[]> {
    return this.db.em().query(
      `SELECT school_id AS "schoolId", device_type AS "deviceType", purchased_year AS "purchasedYear", count
      FROM ${SCHEMA}.device_fleet WHERE $1::uuid IS NULL OR school_id = $1`,
      [schoolId],
    );
  }

  policies(): Promise<Policy[]> {
    return this.db
      .em()
      .query(
        `SELECT device_type AS "deviceType", cycle_years AS "cycleYears", unit_cost::float8 AS "unitCost" FROM ${SCHEMA}.refresh_policy`,
      );
  }

  setDeviceCount(row: FleetRow): Promise<unknown> {
    return this.db.em().query(
      `INSERT INTO ${SCHEMA}.device_fleet (school_id, device_type, purchased_year, count) VALUES ($1, $2, $3, $4)
      ON CONFLICT (trust_id, school_id, device_type, purchased_year) DO UPDATE SET count = $4`,
      [row.schoolId, row.deviceType, row.purchasedYear, row.count],
    );
  }

  setPolicy(policy: Policy): Promise<unknown> {
    return this.db.em().query(
      `INSERT INTO ${SCHEMA}.refresh_policy (device_type, cycle_years, unit_cost) VALUES ($1, $2, $3)
      ON CONFLICT (trust_id, device_type) DO UPDATE SET cycle_years = $2, unit_cost = $3`,
      [policy.deviceType, policy.cycleYears, policy.unitCost],
    );
  }
}
