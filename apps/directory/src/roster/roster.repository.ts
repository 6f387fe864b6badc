import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import type { EntityManager } from 'typeorm';
import type { RosterFeed } from './oneroster-csv';
import type { MemberNow, RoleRule, RosterPreview } from './roster-preview';

export type SourceKind = 'ONEROSTER_CSV' | 'WONDE';

export interface SourceRow {
  id: string;
  kind: SourceKind;
  label: string;
  /** WONDE: its API address; the token is kept sealed and never read back. */
  apiUrl: string | null;
  tokenSealed: string | null;
  /** WONDE: when the last read began (the next delta asks for what changed since). */
  syncedAt: Date | null;
  /** ONEROSTER_CSV fetched from an address (sealed: it may carry a token), and that address's host to show. */
  feedUrlSealed: string | null;
  feedUrlHost: string | null;
  roleRules: RoleRule[];
  graceDays: number;
  enabled: boolean;
  feedName: string | null;
  feedAt: Date | null;
  feedCounts: { schools: number; people: number; skipped: number } | null;
  updatedAt: Date;
}

export type SourceFields = Pick<
  SourceRow,
  'label' | 'roleRules' | 'graceDays' | 'enabled' | 'apiUrl' | 'tokenSealed' | 'feedUrlSealed' | 'feedUrlHost'
>;

export type RunTrigger = 'DIRECTOR' | 'NIGHTLY' | 'WEEKLY';

export interface PreviewRow {
  id: string;
  sourceId: string;
  madeAt: Date;
  diff: RosterPreview;
  appliedRunId: string | null;
}

export interface MemberSourcesRow {
  misSource: string | null;
  misId: string | null;
  roleSetByHand: boolean;
  leavingSince: Date | null;
  graceDays: number | null;
  signInWith: string[];
}

export type RunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'WAITING';

export interface RunRow {
  id: string;
  sourceId: string;
  previewId: string | null;
  trigger: RunTrigger;
  startedBy: string | null;
  startedByName: string | null;
  status: RunStatus;
  summary: Record<string, number> | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const SOURCE = `SELECT id, kind, label, api_url AS "apiUrl", token_sealed AS "tokenSealed", synced_at AS "syncedAt",
    feed_url_sealed AS "feedUrlSealed", feed_url_host AS "feedUrlHost", role_rules AS "roleRules", grace_days AS "graceDays", enabled, feed_name AS "feedName",
    feed_at AS "feedAt", updated_at AS "updatedAt",
    CASE WHEN feed IS NULL THEN NULL ELSE jsonb_build_object('schools', jsonb_array_length(feed->'schools'),
      'people', jsonb_array_length(feed->'people'), 'skipped', (feed->>'skipped')::int) END AS "feedCounts"
  FROM directory.roster_source`;

const RUN = `SELECT r.id, r.source_id AS "sourceId", r.preview_id AS "previewId", r.trigger, r.started_by AS "startedBy",
    m.display_name AS "startedByName", r.status, r.summary, r.error, r.created_at AS "createdAt", r.finished_at AS "finishedAt"
  FROM directory.roster_run r LEFT JOIN directory.membership m ON m.user_id = r.started_by`;

/** The trust's roster sources, previews and runs (RLS), and its members as a sync sees them. */
@Injectable()
export class RosterRepository {
  constructor(private readonly db: TenantDb) {}

  private q<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.em().query(sql, params);
  }

  sources(): Promise<SourceRow[]> {
    return this.q(`${SOURCE} ORDER BY created_at`);
  }

  async source(id: string, lock = false): Promise<SourceRow | null> {
    const [row] = await this.q<SourceRow>(`${SOURCE} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  async addSource(kind: SourceKind, f: SourceFields): Promise<string> {
    const [row] = await this.q<{ id: string }>(
      `INSERT INTO directory.roster_source (kind, label, role_rules, grace_days, enabled, api_url, token_sealed,
         feed_url_sealed, feed_url_host) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [kind, ...fieldValues(f)],
    );
    return row.id;
  }

  async updateSource(id: string, f: SourceFields): Promise<void> {
    await this.q(
      `UPDATE directory.roster_source SET label = $2, role_rules = $3, grace_days = $4, enabled = $5, api_url = $6,
         token_sealed = $7, feed_url_sealed = $8, feed_url_host = $9, updated_at = now() WHERE id = $1`,
      [id, ...fieldValues(f)],
    );
  }

  /** The staff a source lists now; `syncedAt`: when a Wonde read began (null for an upload). */
  async setFeed(id: string, feed: RosterFeed, name: string, by: string | null, at: Date, syncedAt: Date | null = null) {
    await this.q(
      `UPDATE directory.roster_source SET feed = $2, feed_name = $3, feed_by = $4, feed_at = $5,
         synced_at = coalesce($6, synced_at) WHERE id = $1`,
      [id, JSON.stringify(feed), name, by, at, syncedAt],
    );
  }

  /** Enabled sources of every trust that read themselves: Wonde, or files at an address (system role). */
  async scheduledSources(em: EntityManager): Promise<{ id: string; trustId: string }[]> {
    return em.query(
      `SELECT id, trust_id AS "trustId" FROM directory.roster_source
       WHERE enabled AND (kind = 'WONDE' OR feed_url_sealed IS NOT NULL) ORDER BY trust_id`,
    );
  }

  async feed(id: string): Promise<RosterFeed | null> {
    const [row] = await this.q<{ feed: RosterFeed | null }>('SELECT feed FROM directory.roster_source WHERE id = $1', [
      id,
    ]);
    return row?.feed ?? null;
  }

  async schoolIdsByUrn(): Promise<Map<string, string>> {
    const rows = await this.q<{ id: string; urn: string }>(
      'SELECT id, urn FROM directory.school WHERE closed_at IS NULL',
    );
    return new Map(rows.map((r) => [r.urn, r.id]));
  }

  async schoolNames(): Promise<Map<string, string>> {
    const rows = await this.q<{ id: string; name: string }>('SELECT id, name FROM directory.school');
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  members(): Promise<MemberNow[]> {
    return this.q(
      `SELECT user_id AS "userId", email, display_name AS "displayName", role, school_ids AS "schoolIds",
         educator_lead AS "educatorLead", status, mis_id AS "misId", role_set_by_hand AS "roleSetByHand",
         roster_source_id AS "sourceId", mis_left_at AS "misLeftAt"
       FROM directory.membership`,
    );
  }

  async memberSources(userId: string): Promise<MemberSourcesRow | null> {
    const [row] = await this.q<MemberSourcesRow>(
      `SELECT rs.label AS "misSource", m.mis_id AS "misId", m.role_set_by_hand AS "roleSetByHand",
         m.mis_left_at AS "leavingSince", rs.grace_days AS "graceDays",
         ARRAY(SELECT p.label FROM directory.identity_link l JOIN directory.identity_provider p ON p.id = l.provider_id
               WHERE l.user_id = m.user_id ORDER BY p.label) AS "signInWith"
       FROM directory.membership m LEFT JOIN directory.roster_source rs ON rs.id = m.roster_source_id
       WHERE m.user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  async addPreview(sourceId: string, by: string | null, diff: RosterPreview, at: Date): Promise<PreviewRow> {
    const [row] = await this.q<PreviewRow>(
      `INSERT INTO directory.roster_preview (source_id, made_by, diff, made_at) VALUES ($1, $2, $3, $4)
       RETURNING id, source_id AS "sourceId", made_at AS "madeAt", diff, applied_run_id AS "appliedRunId"`,
      [sourceId, by, JSON.stringify(diff), at],
    );
    return row;
  }

  async preview(id: string, lock = false): Promise<PreviewRow | null> {
    const [row] = await this.q<PreviewRow>(
      `SELECT id, source_id AS "sourceId", made_at AS "madeAt", diff, applied_run_id AS "appliedRunId"
       FROM directory.roster_preview WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  /**
   * A run of the preview: QUEUED to apply it (the preview is then used), WAITING for a director's confirmation, or
   * DONE or FAILED at once (a schedule that found nothing to change, or could not read Wonde: no preview then).
   */
  async addRun(
    sourceId: string,
    previewId: string | null,
    run: { by: string | null; trigger: RunTrigger; status: RunStatus; summary?: unknown; error?: string; at?: Date },
  ): Promise<string> {
    const [row] = await this.q<{ id: string }>(
      `INSERT INTO directory.roster_run (source_id, preview_id, started_by, trigger, status, summary, error, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        sourceId,
        previewId,
        run.by,
        run.trigger,
        run.status,
        run.summary ? JSON.stringify(run.summary) : null,
        run.error ?? null,
        run.at ?? null,
      ],
    );
    if (previewId && run.status === 'QUEUED')
      await this.q('UPDATE directory.roster_preview SET applied_run_id = $2 WHERE id = $1', [previewId, row.id]);
    return row.id;
  }

  /** A run that waited for the director, now applied by them: it becomes their run. */
  async startWaitingRun(previewId: string, by: string): Promise<string | null> {
    const [rows] = (await this.db.em().query(
      `UPDATE directory.roster_run SET status = 'QUEUED', started_by = $2 WHERE preview_id = $1 AND status = 'WAITING'
       RETURNING id`,
      [previewId, by],
    )) as [{ id: string }[], number];
    if (!rows.length) return null;
    await this.q('UPDATE directory.roster_preview SET applied_run_id = $2 WHERE id = $1', [previewId, rows[0].id]);
    return rows[0].id;
  }

  async run(id: string): Promise<RunRow | null> {
    const [row] = await this.q<RunRow>(`${RUN} WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  runs(sourceId: string, limit: number): Promise<RunRow[]> {
    return this.q(`${RUN} WHERE r.source_id = $1 ORDER BY r.created_at DESC LIMIT $2`, [sourceId, limit]);
  }

  async setRun(em: EntityManager, id: string, status: RunStatus, at: Date | null, summary?: unknown, error?: string) {
    await em.query(
      `UPDATE directory.roster_run SET status = $2, finished_at = $3, summary = coalesce($4, summary), error = $5
       WHERE id = $1`,
      [id, status, at, summary === undefined ? null : JSON.stringify(summary), error ?? null],
    );
  }
}

const fieldValues = (f: SourceFields) => [
  f.label,
  JSON.stringify(f.roleRules),
  f.graceDays,
  f.enabled,
  f.apiUrl,
  f.tokenSealed,
  f.feedUrlSealed,
  f.feedUrlHost,
];
