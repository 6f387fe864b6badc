import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, TenantDb } from '@trustops/service-kit';
import type { Job } from 'bullmq';
import { RosterApplyService } from './roster-apply.service';
import { RosterJob, RosterQueue } from './roster-queue';
import { RosterRepository } from './roster.repository';

/**
 * Runs an applied preview: marks the run RUNNING, applies every entry in one transaction that also marks it DONE
 * with its summary (so a crash half way leaves nothing applied, and the retry starts again), reporting progress
 * to the queue as it goes. A run that fails its last try is marked FAILED with the reason.
 */
@Injectable()
export class RosterRunnerService implements OnModuleInit {
  constructor(
    private readonly queue: RosterQueue,
    private readonly db: TenantDb,
    private readonly roster: RosterRepository,
    private readonly applier: RosterApplyService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.process((job) => this.run(job));
  }

  async run(job: Job<RosterJob>): Promise<string> {
    const { trustId, runId } = job.data;
    try {
      return await this.applyRun(job, trustId, runId);
    } catch (error) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await this.db.runInTenant({ trustId }, (em) =>
          this.roster.setRun(em, runId, 'FAILED', this.clock.now(), undefined, (error as Error).message.slice(0, 300)),
        );
      throw error;
    }
  }

  private async applyRun(job: Job<RosterJob>, trustId: string, runId: string): Promise<string> {
    const found = await this.db.runInTenant({ trustId }, async (em) => {
      const run = await this.roster.run(runId);
      // Not committed yet (the job is added inside the transaction that writes the run, or turns a WAITING one into
      // QUEUED): the retry finds it. RUNNING is a run whose worker died: it starts again.
      if (!run || run.status === 'WAITING') return null;
      if (run.status === 'DONE' || run.status === 'FAILED' || !run.previewId) return { run, preview: null };
      await this.roster.setRun(em, runId, 'RUNNING', null);
      return { run, preview: await this.roster.preview(run.previewId) };
    });
    if (!found) throw new Error(`Roster run ${runId} is not there yet`);
    if (!found.preview) return 'done already';
    const { run, preview } = found;
    const accounts = await this.applier.accountsFor(preview.diff);
    // A scheduled run is audited as nobody's: the schedule did it.
    const actor = run.startedBy
      ? { trustId, userId: run.startedBy, role: 'IT_DIRECTOR' as const, schoolIds: null }
      : { trustId };
    await this.db.runInTenant(actor, async (em) => {
      const summary = await this.applier.apply(run.sourceId, preview.diff, accounts, (done, total) =>
        job.updateProgress({ done, total }),
      );
      await this.roster.setRun(em, runId, 'DONE', this.clock.now(), summary);
    });
    return 'applied';
  }
}
