import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';

export interface MonthCount {
  schoolId: string;
  /** YYYY-MM, Europe/London */
  month: string;
  total: number;
  enablement: number;
}

/** Counts over the desk's own tickets, for the figures it exposes to leadership. */
@Injectable()
export class EnablementRepository {
  constructor(private readonly db: TenantDb) {}

  /** Tickets raised from..to (London dates, inclusive) per school and month, and how many were ENABLEMENT. */
  monthCounts(from: string, to: string, schoolIds: string[] | null): Promise<MonthCount[]> {
    return this.db.em().query(
      `SELECT school_id AS "schoolId", to_char(created_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month,
              count(*)::int AS total, count(*) FILTER (WHERE kind = 'ENABLEMENT')::int AS enablement
       FROM support_desk.ticket
       WHERE created_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/London'
         AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/London'
         AND ($3::uuid[] IS NULL OR school_id = ANY ($3))
       GROUP BY 1, 2 ORDER BY 2, 1`,
      [from, to, schoolIds],
    );
  }
}
