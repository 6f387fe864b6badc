import { Injectable } from '@nestjs/common';
import type { Role } from '@trustops/contracts';
import { Actor, AuditService, badInput, Clock, isUuid, optionalText } from '@trustops/service-kit';
import { roleOf } from '../people/people.service';
import { parseOneRoster } from './oneroster-csv';
import { previewRoster, RosterPreview } from './roster-preview';
import { RosterQueue } from './roster-queue';
import { PreviewRow, RosterRepository, RunRow, SourceFields, SourceRow } from './roster.repository';
import {
  confirmNeeded,
  noFeed,
  previewNotFound,
  previewStale,
  previewUsed,
  sourceNotFound,
  sourceOff,
} from './roster.errors';
import { filesOfUpload } from './roster-upload';

/** A sync may map an MIS role to these; IT roles are TrustOps' to give, never a feed's. */
export const SYNCED_ROLES: readonly Role[] = ['STAFF', 'EXECUTIVE', 'GOVERNOR'];
const PREVIEW_LIFETIME_MS = 86_400_000;
const MAX_RULES = 50;

export interface SourceInput {
  id?: string | null;
  label: string;
  graceDays?: number | null;
  roleRules?: { misRole: string; role: string }[] | null;
  enabled?: boolean | null;
}

/** A trust's roster sources: configured and fed by its IT director, previewed, then applied as a job. */
@Injectable()
export class RosterService {
  constructor(
    private readonly roster: RosterRepository,
    private readonly queue: RosterQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  sources(): Promise<SourceRow[]> {
    return this.roster.sources();
  }

  async configure(input: SourceInput): Promise<SourceRow> {
    const before = input.id ? await this.requireSource(input.id) : null;
    const fields = sourceFields(input, before);
    const id = before ? before.id : await this.roster.addSource('ONEROSTER_CSV', fields);
    if (before) await this.roster.updateSource(id, fields);
    const after = (await this.roster.source(id))!;
    await this.audit.record({
      entity: 'roster_source',
      entityId: id,
      action: before ? 'updated' : 'added',
      before: before && pick(before),
      after: pick(after),
    });
    return after;
  }

  /** Reads the files (nothing is kept of a file that fails) and keeps the staff they list for the next preview. */
  async upload(actor: Actor, sourceId: string, bytes: Buffer, fileName: string): Promise<SourceRow> {
    const source = await this.requireSource(sourceId, true);
    const feed = parseOneRoster(filesOfUpload(bytes, fileName));
    await this.roster.setFeed(source.id, feed, fileName, actor.userId, this.clock.now());
    const after = (await this.roster.source(source.id))!;
    await this.audit.record({
      entity: 'roster_source',
      entityId: source.id,
      action: 'uploaded',
      after: { fileName, ...after.feedCounts },
    });
    return after;
  }

  async preview(actor: Actor, sourceId: string): Promise<PreviewRow> {
    const source = await this.requireSource(sourceId);
    if (!source.enabled) throw sourceOff(source.label);
    const feed = await this.roster.feed(source.id);
    if (!feed) throw noFeed(source.label);
    const diff = previewRoster(feed, {
      schoolIdByUrn: await this.roster.schoolIdsByUrn(),
      members: (await this.roster.members()).map((m) => ({ ...m, misLeftAt: m.misLeftAt && new Date(m.misLeftAt) })),
      rules: source.roleRules,
      complete: true,
      sourceId: source.id,
      now: this.clock.now(),
      graceDays: source.graceDays,
    });
    return this.roster.addPreview(source.id, actor.userId, diff);
  }

  async requirePreview(id: string): Promise<PreviewRow> {
    const preview = isUuid(id) ? await this.roster.preview(id) : null;
    if (!preview) throw previewNotFound(id);
    return preview;
  }

  /** Starts the job that applies a preview; the run it returns shows its progress. */
  async apply(actor: Actor, previewId: string, confirm: boolean): Promise<RunRow> {
    const preview = isUuid(previewId) ? await this.roster.preview(previewId, true) : null;
    if (!preview) throw previewNotFound(previewId);
    if (preview.appliedRunId) throw previewUsed();
    const source = (await this.requireSource(preview.sourceId))!;
    if (!source.enabled) throw sourceOff(source.label);
    const madeAt = new Date(preview.madeAt).getTime();
    if (
      (source.feedAt && new Date(source.feedAt).getTime() > madeAt) ||
      this.clock.now().getTime() - madeAt > PREVIEW_LIFETIME_MS
    )
      throw previewStale();
    const { diff } = preview;
    if (diff.needsConfirmation && !confirm) throw confirmNeeded(diff.leaving.length + diff.suspend.length, diff.active);
    const runId = await this.roster.addRun(preview, actor.userId);
    await this.audit.record({
      entity: 'roster_run',
      entityId: runId,
      action: 'started',
      after: { sourceId: source.id, previewId: preview.id, counts: countsOf(diff), confirmed: confirm },
    });
    await this.queue.add({ trustId: actor.trustId, runId });
    return (await this.roster.run(runId))!;
  }

  runs(sourceId: string): Promise<RunRow[]> {
    return this.roster.runs(sourceId, 20);
  }

  async run(id: string): Promise<RunRow | null> {
    return isUuid(id) ? this.roster.run(id) : null;
  }

  private async requireSource(id: string, lock = false): Promise<SourceRow> {
    const source = isUuid(id) ? await this.roster.source(id, lock) : null;
    if (!source) throw sourceNotFound(id);
    return source;
  }
}

export const countsOf = (diff: RosterPreview) => ({
  add: diff.add.length,
  change: diff.change.length,
  restore: diff.restore.length,
  leaving: diff.leaving.length,
  suspend: diff.suspend.length,
  conflicts: diff.conflicts.length,
  unchanged: diff.unchanged,
});

function sourceFields(input: SourceInput, before: SourceRow | null): SourceFields {
  const label = optionalText('label', input.label, 'name');
  if (!label || label.length < 2 || label.length > 80)
    throw badInput('Name the source in 2 to 80 characters (e.g. "Arbor via School Data Sync")', { field: 'label' });
  const graceDays = input.graceDays ?? before?.graceDays ?? 30;
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > 365)
    throw badInput('The grace period is a whole number of days from 0 to 365', { field: 'graceDays' });
  const rules = input.roleRules ?? before?.roleRules ?? [];
  if (rules.length > MAX_RULES) throw badInput(`At most ${MAX_RULES} role rules`, { field: 'roleRules' });
  const roleRules = rules.map((rule) => {
    const misRole = String(rule.misRole ?? '')
      .trim()
      .toLowerCase();
    if (!misRole || misRole.length > 60)
      throw badInput('Each rule names an MIS role (up to 60 characters)', { field: 'roleRules' });
    const role = roleOf(rule.role);
    if (!SYNCED_ROLES.includes(role))
      throw badInput(`A sync never gives ${role}: IT roles are set by hand on the People page`, { field: 'roleRules' });
    return { misRole, role };
  });
  return { label, graceDays, roleRules, enabled: input.enabled ?? before?.enabled ?? true };
}

const pick = (s: SourceRow) => ({ label: s.label, graceDays: s.graceDays, roleRules: s.roleRules, enabled: s.enabled });
