import { useState } from 'react';
import { can } from '@trustops/contracts';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice } from '../../../ui/status';
import type { IncidentState } from '../../../gql/graphql';
import { Incident, useIncidentActions } from '../hooks/use-incidents';
import { icoStatus } from '../utils/ico-clock';
import { ReviewPanel } from './review-panel';

const NEXT: Record<IncidentState, IncidentState[]> = {
  OPEN: ['MITIGATED', 'RESOLVED'],
  MITIGATED: ['RESOLVED'],
  RESOLVED: ['REVIEWED'],
  REVIEWED: [],
};
const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** One incident: ICO countdown, timeline, state, and its review. */
export function IncidentCard({ incident }: { incident: Incident }) {
  const { session } = useSession();
  const isTeam = can(session?.role, 'WORK_INCIDENTS');
  const { addEntry, moveTo, recordIcoNotification, error } = useIncidentActions(incident.id);
  const [body, setBody] = useState('');
  const clock = icoStatus(incident.icoDeadline, incident.icoNotifiedAt, new Date());
  return (
    <article className="change-card" aria-label={incident.title}>
      <h3>
        {incident.title} <span className={`badge sev-${incident.severity.toLowerCase()}`}>{incident.severity}</span>{' '}
        <span className="badge">{incident.type.replace('_', ' ').toLowerCase()}</span>{' '}
        <span className="badge" data-testid="incident-state">
          {incident.state}
        </span>
      </h3>
      <p className="muted">
        {incident.schools.map((s) => s.name).join(', ')} · aware {when(incident.awareAt)} · commander{' '}
        {incident.commander?.displayName ?? '—'}
      </p>
      {clock && (
        <p className={`ico ico-${clock.tone}`} role="status">
          {clock.text}
          {incident.icoDeadline && !incident.icoNotifiedAt && ` (deadline ${when(incident.icoDeadline)})`}
        </p>
      )}
      <ol className="history">
        {incident.timeline.map((t) => (
          <li key={t.id}>
            <time>{when(t.at)}</time> {t.body} <span className="muted">({t.author.displayName})</span>
          </li>
        ))}
      </ol>
      {isTeam && incident.state !== 'REVIEWED' && (
        <form
          className="actions"
          aria-label="Add to the timeline"
          onSubmit={(e) => {
            e.preventDefault();
            void addEntry(body).then((added) => added && setBody(''));
          }}
        >
          <input
            aria-label="Timeline entry"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
            placeholder="What happened, what was done"
          />
          <button type="submit">Add</button>
          {NEXT[incident.state].map((s) => (
            <button key={s} type="button" className="off" onClick={() => void moveTo(s)}>
              {s.toLowerCase()}
            </button>
          ))}
          {incident.icoDeadline && !incident.icoNotifiedAt && (
            <button type="button" className="off" onClick={() => void recordIcoNotification()}>
              ICO told
            </button>
          )}
        </form>
      )}
      {error && <ErrorNotice message={error.message} />}
      {(incident.reviewRequired || incident.reviewer) && <ReviewPanel incident={incident} />}
    </article>
  );
}
