import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { createLogger, RepeatingJobs, TenantDb } from '@trustops/service-kit';
import type { RunTrigger } from './roster.repository';
import { RosterRepository } from './roster.repository';
import { RosterService } from './roster.service';

/**
 * Sources that read themselves keep in step: Wonde's changes every night (ROSTER_NIGHTLY, default 02:00) and a full
 * read every week (ROSTER_WEEKLY, default Sunday 03:00), a file at an address every night; Europe/London, each once
 * across replicas ("off" for neither).
 */
@Injectable()
export class RosterScheduleService implements OnApplicationBootstrap {
  private readonly logger = createLogger('RosterSchedule');

  constructor(
    private readonly db: TenantDb,
    private readonly roster: RosterRepository,
    private readonly service: RosterService,
    private readonly jobs: RepeatingJobs,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.at('roster-nightly', 'ROSTER_NIGHTLY', '0 2 * * *', () => this.sweep('NIGHTLY'));
    await this.jobs.at('roster-weekly', 'ROSTER_WEEKLY', '0 3 * * 0', () => this.sweep('WEEKLY'));
  }

  /** One scheduled run of every source that reads itself; one trust's failure never stops another's. */
  async sweep(trigger: Exclude<RunTrigger, 'DIRECTOR'>): Promise<number> {
    const sources = await this.db.runAsSystem((em) => this.roster.scheduledSources(em));
    let ran = 0;
    for (const { id, trustId } of sources) {
      try {
        await this.db.runInTenant({ trustId }, () => this.service.scheduled(id, trigger, trustId));
        ran++;
      } catch (error) {
        this.logger.error({ err: error, trustId, sourceId: id }, 'scheduled roster sync failed');
      }
    }
    return ran;
  }
}
