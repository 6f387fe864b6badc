import { Injectable } from '@nestjs/common';
import { checkDateRange } from '@trustops/service-kit';
import { EnablementRepository } from './enablement.repository';
import { EnablementShare } from './enablement.types';

/** How much of each school's demand was "how can I achieve abc" (seed 003), month by month. */
@Injectable()
export class EnablementService {
  constructor(private readonly repo: EnablementRepository) {}

  async shares(from: string, to: string, schoolIds: string[] | null): Promise<EnablementShare[]> {
    checkDateRange(from, to, 2 * 366, 'two years');
    const rows = await this.repo.monthCounts(from, to, schoolIds?.length ? schoolIds : null);
    return rows.map((r) => ({
      school: { id: r.schoolId },
      month: r.month,
      total: r.total,
      enablement: r.enablement,
      share: r.total ? r.enablement / r.total : 0,
    }));
  }
}
