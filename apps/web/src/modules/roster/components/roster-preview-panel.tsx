import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { succeeded } from '../../../api/use-graphql-mutation';
import type { RosterEntryKind, RosterPreviewQuery } from '../../../gql/graphql';
import { ErrorNotice, Loading } from '../../../ui/status';
import { useApplyRosterSync, useRosterPreview } from '../hooks/use-roster';
import { RosterRunProgress } from './roster-run-progress';

type Counts = NonNullable<RosterPreviewQuery['rosterPreview']>['counts'];

const FILTERS: { kind: RosterEntryKind | null; label: string; count: (c: Counts) => number }[] = [
  { kind: null, label: 'All', count: (c) => c.add + c.change + c.restore + c.leaving + c.suspend + c.conflicts },
  { kind: 'ADD', label: 'Added', count: (c) => c.add },
  { kind: 'CHANGE', label: 'Changed', count: (c) => c.change },
  { kind: 'RESTORE', label: 'Restored', count: (c) => c.restore },
  { kind: 'LEAVING', label: 'Leaving', count: (c) => c.leaving },
  { kind: 'SUSPEND', label: 'Suspended', count: (c) => c.suspend },
  { kind: 'CONFLICT', label: 'Conflicts', count: (c) => c.conflicts },
];
const KIND_WORDS: Record<RosterEntryKind, string> = {
  ADD: 'Added',
  CHANGE: 'Changed',
  RESTORE: 'Restored',
  LEAVING: 'Leaving',
  SUSPEND: 'Suspended',
  CONFLICT: 'Conflict',
};
const PAGE = 50;

/** What a sync would do, filtered by kind, and the button that applies it (asking first when many would go). */
export function RosterPreviewPanel({ previewId, onClose }: { previewId: string; onClose: () => void }) {
  const [kind, setKind] = useState<RosterEntryKind | null>(null);
  const [first, setFirst] = useState(PAGE);
  const [confirmed, setConfirmed] = useState(false);
  const { data, error, isPending } = useRosterPreview(previewId, kind, first);
  const apply = useApplyRosterSync();
  const [runId, setRunId] = useState<string | null>(null);
  const preview = data?.rosterPreview;
  if (isPending) return <Loading>Reading the preview…</Loading>;
  if (error || !preview) return <ErrorNotice message={error?.message ?? 'That preview is gone'} />;
  const c = preview.counts;
  const going = c.leaving + c.suspend;
  const changes = FILTERS[0].count(c);
  const handleApply = () =>
    void succeeded(
      apply.mutateAsync({ previewId, confirm: preview.needsConfirmation ? confirmed : null }).then((r) => {
        setRunId(r.applyRosterSync.id);
        return r;
      }),
    );
  return (
    <section className="roster-preview" aria-labelledby="roster-preview-heading">
      <h3 id="roster-preview-heading">Preview: {changes ? `${changes} to look at` : 'nothing to change'}</h3>
      <p className="muted">
        {c.unchanged} unchanged of {preview.active} active members.{' '}
        {preview.suspendHeld && 'The feed is empty or partial, so nobody is marked as leaving or suspended.'}
      </p>
      <div className="filters" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            key={f.label}
            type="button"
            className="secondary"
            aria-pressed={kind === f.kind}
            onClick={() => {
              setKind(f.kind);
              setFirst(PAGE);
            }}
          >
            {f.label} ({f.count(c)})
          </button>
        ))}
      </div>
      <ul className="cards roster-entries" aria-label="Preview lines">
        {preview.entries.items.map((e, i) => (
          <li key={`${e.kind}-${e.email}-${i}`} className={`card entry-${e.kind.toLowerCase()}`}>
            <p>
              <span className="badge">{KIND_WORDS[e.kind]}</span> <strong>{e.displayName ?? e.email}</strong>{' '}
              {e.displayName && <span className="muted wrap">{e.email}</span>}
            </p>
            {e.detail && <p>{e.detail}</p>}
            {e.unknownSchool && (
              <p>
                <Link to="/admin/schools" search={{ name: e.unknownSchool.name, urn: e.unknownSchool.urn }}>
                  Add {e.unknownSchool.name} to the trust
                </Link>{' '}
                <span className="muted">(then preview again)</span>
              </p>
            )}
            {e.changes.length > 0 && (
              <ul className="field-changes">
                {e.changes.map((ch) => (
                  <li key={ch.field}>
                    {ch.field}: <del>{ch.before}</del> → <ins>{ch.after}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {!preview.entries.items.length && <p>Nothing of this kind.</p>}
      {preview.entries.totalCount > preview.entries.items.length && (
        <button type="button" className="secondary" onClick={() => setFirst((n) => Math.min(n + PAGE, 200))}>
          Show more ({preview.entries.items.length} of {preview.entries.totalCount})
        </button>
      )}
      {runId ? (
        <RosterRunProgress runId={runId} />
      ) : (
        <div className="apply">
          {preview.needsConfirmation && (
            <label className="check">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> I have
              checked the {going} people this marks as leaving or suspends (over 10% of the trust)
            </label>
          )}
          {apply.error && <ErrorNotice message={apply.error.message} />}
          <div className="actions">
            <button
              type="button"
              disabled={apply.isPending || (preview.needsConfirmation && !confirmed)}
              onClick={handleApply}
            >
              Apply sync
            </button>
            <button type="button" className="secondary" onClick={onClose}>
              Close preview
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
