import { ChangeEvent, useState } from 'react';
import { ROLE_LABELS, Role } from '@trustops/contracts';
import { uploadRoster } from '../../../api/files';
import { succeeded } from '../../../api/use-graphql-mutation';
import { ErrorNotice, Loading } from '../../../ui/status';
import { useSession } from '../../session/hooks/use-session';
import { RosterSource, usePreviewRosterSync, useRosterSources } from '../hooks/use-roster';
import { bundleUpload } from '../utils/roster-upload';
import { RosterPreviewPanel } from './roster-preview-panel';
import { RosterRunProgress, runSummary, startedBy } from './roster-run-progress';
import { RosterSourceForm } from './roster-source-form';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The trust's roster sources: upload the MIS's files, preview, apply, and the syncs so far. */
export function RosterSources() {
  const { data, error, isPending } = useRosterSources();
  const [editing, setEditing] = useState<RosterSource | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">Staff from the MIS</h2>
      <p className="muted">
        Upload OneRoster 1.1 or 1.2 CSV files (a ZIP, or orgs.csv and users.csv) as your MIS or School Data Sync exports
        them. Staff only: pupils and parents are left out. A sync changes names, schools and MIS roles; it never changes
        an IT role or a role set by hand, and never deletes anyone.
      </p>
      {isPending && <Loading>Loading roster sources…</Loading>}
      {error && <ErrorNotice message={error.message} />}
      {data && !data.rosterSources.length && <p>No roster source yet: people join by invitation.</p>}
      <ul className="cards">
        {data?.rosterSources.map((s) => (
          <SourceCard key={s.id} source={s} onEdit={() => setEditing(s)} />
        ))}
      </ul>
      <RosterSourceForm
        key={editing?.id ?? `new-${formKey}`}
        editing={editing}
        onDone={() => {
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
      />
    </section>
  );
}

function SourceCard({ source, onEdit }: { source: RosterSource; onEdit: () => void }) {
  const { session } = useSession();
  const preview = usePreviewRosterSync();
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState(0);
  const [lastRun, ...earlier] = source.runs;
  const running = lastRun && (lastRun.status === 'QUEUED' || lastRun.status === 'RUNNING');
  const waiting = lastRun?.status === 'WAITING' && lastRun.previewId ? lastRun : null;
  const wonde = source.kind === 'WONDE';

  async function handleFiles(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    if (!picked.length || !session) return;
    setUploading(true);
    setUploadError(null);
    try {
      const files = await Promise.all(
        picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const { body, fileName } = bundleUpload(files);
      await uploadRoster(source.id, body, fileName, session.accessToken);
      setUploaded((n) => n + 1);
      const made = await preview.mutateAsync({ sourceId: source.id });
      setPreviewId(made.previewRosterSync.id);
    } catch (e) {
      setUploadError((e as Error).message);
    } finally {
      setUploading(false);
      event.target.value = '';
    }
  }
  const showPreview = () =>
    void succeeded(preview.mutateAsync({ sourceId: source.id }).then((r) => (setPreviewId(r.previewRosterSync.id), r)));
  return (
    <li className="card roster-source" aria-label={source.label}>
      <h3>
        {source.label}{' '}
        <span className="muted">
          ({wonde ? 'Wonde' : 'OneRoster CSV'}
          {source.enabled ? '' : ', off'})
        </span>
      </h3>
      <dl className="facts">
        <dt>{wonde ? 'Last read' : 'Last file'}</dt>
        <dd className="wrap">
          {source.feedName && source.feedAt
            ? `${source.feedName}, ${when(source.feedAt)}${source.feedCounts ? `: ${source.feedCounts.people} staff at ${source.feedCounts.schools} schools (${source.feedCounts.skipped} pupils or parents left out)` : ''}`
            : 'None yet'}
        </dd>
        {(wonde || source.feedUrlHost) && (
          <>
            <dt>Schedule</dt>
            <dd>
              {wonde
                ? 'Changes every night at 02:00, everything every Sunday at 03:00'
                : `Fetched from ${source.feedUrlHost} every night at 02:00`}
            </dd>
          </>
        )}
        <dt>Leavers</dt>
        <dd>
          Suspended{' '}
          {source.graceDays
            ? `${source.graceDays} days after the MIS stops listing them`
            : 'as soon as the MIS stops listing them'}
        </dd>
        <dt>Roles</dt>
        <dd>
          {source.roleRules.length
            ? source.roleRules.map((r) => `${r.misRole} → ${ROLE_LABELS[r.role as Role] ?? r.role}`).join('; ')
            : 'Everyone is Staff'}
        </dd>
        <dt>Last sync</dt>
        <dd>{lastRun ? `${when(lastRun.createdAt)} by ${startedBy(lastRun)}: ${runSummary(lastRun)}` : 'Never'}</dd>
      </dl>
      <div className="actions">
        {!wonde && (
          <label className="inline">
            {uploading ? 'Uploading…' : 'Upload files (a ZIP, or the CSV files)'}{' '}
            <input
              type="file"
              multiple
              accept=".zip,.csv,application/zip,text/csv"
              disabled={uploading || !source.enabled}
              onChange={(e) => void handleFiles(e)}
            />
          </label>
        )}
        <button
          type="button"
          className="secondary"
          disabled={(!wonde && !source.feedUrlHost && !source.feedAt) || preview.isPending || !source.enabled}
          onClick={showPreview}
        >
          {wonde
            ? preview.isPending
              ? 'Reading Wonde…'
              : 'Read Wonde and preview'
            : source.feedUrlHost
              ? 'Fetch and preview'
              : 'Preview sync'}
        </button>
        <button type="button" className="secondary" onClick={onEdit}>
          Change {source.label}
        </button>
      </div>
      {waiting && !previewId && (
        <div className="notice" role="status">
          The {waiting.trigger === 'NIGHTLY' ? 'nightly' : 'weekly'} sync is waiting for you: it would suspend or mark
          as leaving over 10% of members.{' '}
          <button type="button" onClick={() => setPreviewId(waiting.previewId!)}>
            Review the waiting sync
          </button>
        </div>
      )}
      {uploadError && <ErrorNotice message={uploadError} />}
      {preview.error && <ErrorNotice message={preview.error.message} />}
      {running && !previewId && <RosterRunProgress runId={lastRun.id} />}
      {previewId && (
        <RosterPreviewPanel key={`${previewId}-${uploaded}`} previewId={previewId} onClose={() => setPreviewId(null)} />
      )}
      {earlier.length > 0 && (
        <details>
          <summary>Earlier syncs ({earlier.length})</summary>
          <ul className="history">
            {earlier.map((r) => (
              <li key={r.id}>
                {when(r.createdAt)} by {startedBy(r)}: {runSummary(r)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
