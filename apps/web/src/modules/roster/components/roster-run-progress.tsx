import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../session/hooks/use-session';
import { RosterRun, runFinished, useRosterRun } from '../hooks/use-roster';

/** In words: what a run did. */
export function runSummary(run: RosterRun): string {
  if (run.status === 'FAILED') return `Failed: ${run.error ?? 'unknown reason'}`;
  if (run.status === 'WAITING') return 'Waiting for a director: over 10% of members would go';
  if (!run.summary) return run.status === 'QUEUED' ? 'Waiting to start' : 'Applying';
  const s = run.summary;
  const parts = [
    [s.added, 'added'],
    [s.changed, 'changed'],
    [s.restored, 'restored'],
    [s.leaving, 'marked as leaving'],
    [s.suspended, 'suspended'],
    [s.skipped, 'left alone (changed since the preview)'],
  ]
    .filter(([n]) => n)
    .map(([n, what]) => `${n} ${what}`);
  return parts.length ? parts.join(', ') : 'Nothing to change';
}

/** Who started a run, in words. */
export const startedBy = (run: RosterRun) =>
  run.trigger === 'NIGHTLY'
    ? 'the nightly schedule'
    : run.trigger === 'WEEKLY'
      ? 'the weekly schedule'
      : (run.startedByName ?? 'a director');

/** A run as it goes: a bar while it applies, then what it did. Refreshes the sources when it ends. */
export function RosterRunProgress({ runId }: { runId: string }) {
  const run = useRosterRun(runId);
  const client = useQueryClient();
  const { session } = useSession();
  const done = runFinished(run);
  useEffect(() => {
    if (done) void client.invalidateQueries({ queryKey: [session?.trust.id, 'roster-sources'] });
  }, [done, client, session?.trust.id]);
  const progress = run?.progress;
  return (
    <div className="run-progress" aria-label="Sync progress">
      {!done && (
        <progress
          aria-label="Applying the sync"
          max={progress?.total || 1}
          value={progress ? progress.done : undefined}
        />
      )}
      <p role="status">
        {!run
          ? 'Starting…'
          : done
            ? `${run.status === 'DONE' ? 'Sync applied' : 'Sync failed'}: ${runSummary(run)}`
            : progress
              ? `Applying: ${progress.done} of ${progress.total}`
              : runSummary(run)}
      </p>
    </div>
  );
}
