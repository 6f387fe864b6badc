import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { checkDateRange, DateScalar, Roles, TenantDb } from '@trustops/service-kit';
import { EnablementShare } from './enablement';

interface Row {
  schoolId: string;
  month: string;
  total: number;
  enablement: number;
}

/** Figures the desk exposes for reporting (leadership reporting keeps its own rollups from events). */
@Resolver()
export class InsightsResolver {
  constructor(private readonly db: TenantDb) {}

  @Query(() => [EnablementShare], {
    description: 'Enablement share per school per month for tickets raised from..to (inclusive)',
  })
  @Roles('IT_DIRECTOR', 'ENGINEER', 'EXECUTIVE', 'GOVERNOR')
  async enablementShare(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('schoolIds', { type: () => [ID], nullable: true }) schoolIds?: string[],
  ): Promise<EnablementShare[]> {
    checkDateRange(from, to, 2 * 366, 'two years');
    const rows: Row[] = await this.db.em().query(
      `SELECT school_id AS "schoolId", to_char(created_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month,
              count(*)::int AS total, count(*) FILTER (WHERE kind = 'ENABLEMENT')::int AS enablement
       FROM support_desk.ticket
       WHERE created_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/London'
         AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/London'
         AND ($3::uuid[] IS NULL OR school_id = ANY ($3))
       GROUP BY 1, 2 ORDER BY 2, 1`,
      [from, to, schoolIds?.length ? schoolIds : null],
    );
    return rows.map((r) => ({
      school: { id: r.schoolId },
      month: r.month,
      total: r.total,
      enablement: r.enablement,
      share: r.total ? r.enablement / r.total : 0,
    }));
  }
}
