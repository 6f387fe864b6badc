import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@trustops/contracts';
import { Actor, AuditService, badInput, Clock, isUuid, optionalText, TenantDb } from '@trustops/service-kit';
import { RosterMembersRepository } from './roster-members.repository';
import type { SecretBox } from '../sso/secret-box';
import { roleOf } from '../people/people.service';
import { parseOneRoster } from './oneroster-csv';
import { previewRoster, RosterPreview } from './roster-preview';
import { RosterQueue } from './roster-queue';
import {
  PreviewRow,
  RosterRepository,
  RunRow,
  RunTrigger,
  SourceFields,
  SourceKind,
  SourceRow,
} from './roster.repository';
import { WondeClient } from './wonde/wonde-client';
import { fetchWonde, WondeMode } from './wonde/wonde-fetch';
import { addressRefused } from './wonde/wonde.errors';
import {
  confirmNeeded,
  noFeed,
  previewNotFound,
  previewStale,
  previewUsed,
  sourceNotFound,
  sourceOff,
  uploadInvalid,
} from './roster.errors';
import { filesOfUpload } from './roster-upload';
import { fetchFeedFile } from './feed-url';
import { checkOutboundUrl } from '../auth/outbound-url';

/** A sync may map an MIS role to these; IT roles are TrustOps' to give, never a feed's. */
export const SYNCED_ROLES: readonly Role[] = ['STAFF', 'EXECUTIVE', 'GOVERNOR'];
const PREVIEW_LIFETIME_MS = 86_400_000;
const MAX_RULES = 50;

export const ROSTER_SETTINGS = Symbol('ROSTER_SETTINGS');
export interface RosterSettings {
  /** Seals Wonde tokens (the key SSO client secrets use). */
  box: SecretBox;
  /** In production a Wonde address must be Wonde's own (https, *.wonde.com). */
  production: boolean;
}

export const WONDE_API = 'https://api.wonde.com/v1.0';
const WONDE_HOST = /^api(-[a-z0-9-]+)?\.wonde\.com$/;

export interface SourceInput {
  id?: string | null;
  kind?: SourceKind | null;
  label: string;
  apiUrl?: string | null;
  token?: string | null;
  /** ONEROSTER_CSV: an address to fetch the ZIP from (null keeps the one held, '' removes it). */
  feedUrl?: string | null;
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
    private readonly db: TenantDb,
    private readonly accounts: RosterMembersRepository,
    @Inject(ROSTER_SETTINGS) private readonly settings: RosterSettings,
  ) {}

  sources(): Promise<SourceRow[]> {
    return this.roster.sources();
  }

  async configure(input: SourceInput): Promise<SourceRow> {
    const before = input.id ? await this.requireSource(input.id) : null;
    const kind = before?.kind ?? input.kind ?? 'ONEROSTER_CSV';
    const fields = {
      ...sourceFields(input, before),
      ...this.wondeFields(kind, input, before),
      ...this.feedUrlFields(kind, input, before),
    };
    const id = before ? before.id : await this.roster.addSource(kind, fields);
    if (before) await this.roster.updateSource(id, fields);
    const after = (await this.roster.source(id))!;
    await this.audit.record({
      entity: 'roster_source',
      entityId: id,
      action: before ? 'updated' : 'added',
      before: before && pick(before),
      // Never the token: only whether a new one was given.
      after: { ...pick(after), kind, ...(input.token?.trim() ? { tokenReplaced: true } : {}) },
    });
    return after;
  }

  /** ONEROSTER_CSV: the address of its ZIP, checked and sealed (it may carry a token); only its host is shown. */
  private feedUrlFields(kind: SourceKind, input: SourceInput, before: SourceRow | null) {
    const keep = { feedUrlSealed: before?.feedUrlSealed ?? null, feedUrlHost: before?.feedUrlHost ?? null };
    if (kind !== 'ONEROSTER_CSV' || input.feedUrl == null)
      return kind === 'ONEROSTER_CSV' ? keep : { feedUrlSealed: null, feedUrlHost: null };
    if (!input.feedUrl.trim()) return { feedUrlSealed: null, feedUrlHost: null };
    const url = checkOutboundUrl(input.feedUrl, this.settings.production, 'feedUrl', 'file address');
    return { feedUrlSealed: this.settings.box.seal(url.href), feedUrlHost: url.host };
  }

  /** WONDE: an address (Wonde's own in production) and a token, sealed; a blank token keeps the one held. */
  private wondeFields(kind: SourceKind, input: SourceInput, before: SourceRow | null) {
    if (kind !== 'WONDE') return { apiUrl: null, tokenSealed: null };
    const apiUrl = (input.apiUrl?.trim() || before?.apiUrl || WONDE_API).replace(/\/+$/, '');
    let url: URL;
    try {
      url = new URL(apiUrl);
    } catch {
      throw addressRefused();
    }
    if (!['https:', 'http:'].includes(url.protocol)) throw addressRefused();
    if (this.settings.production && (url.protocol !== 'https:' || !WONDE_HOST.test(url.hostname)))
      throw addressRefused();
    const token = input.token?.trim();
    if (!token && !before?.tokenSealed)
      throw badInput('Enter the access token from the Wonde portal', { field: 'token' });
    if (token && (token.length > 200 || /\s/.test(token)))
      throw badInput('That is not a Wonde access token', { field: 'token' });
    return { apiUrl, tokenSealed: token ? this.settings.box.seal(token) : before!.tokenSealed };
  }

  /** Reads the files (nothing is kept of a file that fails) and keeps the staff they list for the next preview. */
  async upload(actor: Actor, sourceId: string, bytes: Buffer, fileName: string): Promise<SourceRow> {
    const source = await this.requireSource(sourceId, true);
    if (source.kind !== 'ONEROSTER_CSV') throw uploadInvalid(`${source.label} reads Wonde: there is nothing to upload`);
    // (A source with an address can still take an upload: the next fetch replaces it.)
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

  /** A Wonde source is read first (all its staff); an upload's last file is previewed as it is. */
  async preview(actor: Actor, sourceId: string): Promise<PreviewRow> {
    const source = await this.requireSource(sourceId);
    if (!source.enabled) throw sourceOff(source.label);
    if (source.kind === 'WONDE') await this.readWonde(source, { kind: 'full' }, actor.userId);
    else if (source.feedUrlSealed) await this.readUrl(source, actor.userId);
    return this.previewOf(source, actor.userId);
  }

  /**
   * A schedule's run of a Wonde source: a delta (nightly, when there is a last read) or a full read (weekly), its
   * preview, then applied unless it has nothing to do (recorded as done) or would take over 10% (WAITING for a
   * director). A read that fails is recorded as FAILED, with nothing changed.
   */
  async scheduled(sourceId: string, trigger: Exclude<RunTrigger, 'DIRECTOR'>, trustId: string): Promise<RunRow> {
    const source = await this.requireSource(sourceId);
    const previous = await this.roster.feed(source.id);
    const mode: WondeMode =
      trigger === 'NIGHTLY' && previous && source.syncedAt
        ? { kind: 'delta', since: new Date(source.syncedAt), previous }
        : { kind: 'full' };
    const run = { by: null, trigger };
    try {
      if (source.kind === 'WONDE') await this.readWonde(source, mode, null);
      else await this.readUrl(source, null);
    } catch (error) {
      const message = error instanceof Error && 'code' in error ? error.message : 'Wonde could not be read';
      const id = await this.roster.addRun(source.id, null, {
        ...run,
        status: 'FAILED',
        error: message,
        at: this.clock.now(),
      });
      await this.audit.record({
        entity: 'roster_run',
        entityId: id,
        action: 'failed',
        after: { trigger, error: message },
      });
      return (await this.roster.run(id))!;
    }
    const preview = await this.previewOf(source, null);
    const counts = countsOf(preview.diff);
    const idle = !(counts.add + counts.change + counts.restore + counts.leaving + counts.suspend);
    const status = idle ? 'DONE' : preview.diff.needsConfirmation ? 'WAITING' : 'QUEUED';
    const id = await this.roster.addRun(source.id, preview.id, {
      ...run,
      status,
      ...(idle
        ? { summary: { added: 0, changed: 0, restored: 0, leaving: 0, suspended: 0, skipped: 0 }, at: this.clock.now() }
        : {}),
    });
    await this.audit.record({
      entity: 'roster_run',
      entityId: id,
      action: 'scheduled',
      after: { trigger, status, counts },
    });
    if (status === 'QUEUED') await this.queue.add({ trustId, runId: id });
    return (await this.roster.run(id))!;
  }

  /** The ZIP at the source's address, read as an upload is (nothing kept of one that fails). */
  private async readUrl(source: SourceRow, by: string | null): Promise<void> {
    const url = this.settings.box.open(source.feedUrlSealed!);
    const feed = parseOneRoster(
      filesOfUpload(await fetchFeedFile(url, this.settings.production), new URL(url).pathname),
    );
    await this.roster.setFeed(source.id, feed, `Fetched from ${source.feedUrlHost}`, by, this.clock.now());
  }

  private async readWonde(source: SourceRow, mode: WondeMode, by: string | null): Promise<void> {
    const started = this.clock.now();
    const client = new WondeClient({ baseUrl: source.apiUrl!, token: this.settings.box.open(source.tokenSealed!) });
    const urns = new Set((await this.roster.schoolIdsByUrn()).keys());
    const { feed, schools } = await fetchWonde(client, urns, mode, await this.roster.feed(source.id));
    const name = `Wonde ${mode.kind === 'delta' ? 'changes' : 'read'} of ${schools.length} school${schools.length === 1 ? '' : 's'}`;
    await this.roster.setFeed(source.id, feed, name, by, this.clock.now(), started);
  }

  private async previewOf(source: SourceRow, by: string | null): Promise<PreviewRow> {
    const feed = await this.roster.feed(source.id);
    if (!feed) throw noFeed(source.label);
    const members = (await this.roster.members()).map((m) => ({
      ...m,
      misLeftAt: m.misLeftAt && new Date(m.misLeftAt),
    }));
    const known = new Set(members.map((m) => m.email.toLowerCase()));
    const strangers = [...new Set(feed.people.map((p) => p.email).filter((e) => e && !known.has(e)))];
    // Accounts are nobody's trust's rows: read as the system, addresses only.
    const elsewhere = strangers.length
      ? await this.db.runAsSystem((em) => this.accounts.accounts(em, strangers))
      : new Map<string, string>();
    const diff = previewRoster(feed, {
      schoolIdByUrn: await this.roster.schoolIdsByUrn(),
      members,
      accountsElsewhere: new Set(elsewhere.keys()),
      rules: source.roleRules,
      complete: !feed.partial?.length,
      sourceId: source.id,
      now: this.clock.now(),
      graceDays: source.graceDays,
    });
    return this.roster.addPreview(source.id, by, diff, this.clock.now());
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
    const runId =
      (await this.roster.startWaitingRun(preview.id, actor.userId)) ??
      (await this.roster.addRun(preview.sourceId, preview.id, {
        by: actor.userId,
        trigger: 'DIRECTOR',
        status: 'QUEUED',
      }));
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

function sourceFields(
  input: SourceInput,
  before: SourceRow | null,
): Omit<SourceFields, 'apiUrl' | 'tokenSealed' | 'feedUrlSealed' | 'feedUrlHost'> {
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

const pick = (s: SourceRow) => ({
  label: s.label,
  graceDays: s.graceDays,
  roleRules: s.roleRules,
  enabled: s.enabled,
  apiUrl: s.apiUrl,
  feedUrlHost: s.feedUrlHost,
});
