import { useState } from 'react';
import { can } from '@trustops/contracts';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice } from '../../../ui/status';
import type { ChangeOutcome } from '../../../gql/graphql';
import { Change, useChangeActions } from '../hooks/use-changes';
import { londonTime } from '../utils/local-time';
import { ScheduleForm } from './schedule-form';

const OUTCOMES: ChangeOutcome[] = ['DONE', 'FAILED', 'BACKED_OUT'];

/** One change with the steps the signed-in person may take next. */
export function ChangeCard({ change }: { change: Change }) {
  const { session } = useSession();
  const role = session?.role;
  const { submit, approve, reject, consent, complete, error } = useChangeActions(change.id);
  const [comment, setComment] = useState('');
  const isTeam = can(role, 'MAKE_CHANGES');
  const canDecide = can(role, 'APPROVE_CHANGES') && change.status === 'SUBMITTED';
  const consented = new Set(change.consents.map((c) => c.school.id));
  return (
    <article className="change-card" aria-label={change.title}>
      <h3>
        {change.title} <span className={`badge risk-${change.risk.toLowerCase()}`}>{change.risk}</span>{' '}
        <span className="badge" data-testid="change-status">
          {change.status}
        </span>
      </h3>
      <p className="muted">
        {change.schools.map((s) => s.name).join(', ')}
        {change.classroomImpact ? ' · affects classrooms' : ''} · by {change.createdBy.displayName}
      </p>
      {change.scheduledStart && (
        <p>
          Scheduled {londonTime(change.scheduledStart)} to {londonTime(change.scheduledEnd!)}
        </p>
      )}
      {change.consents.map((c) => (
        <p key={c.school.id} className="consent">
          Consent for {c.school.name}: {c.consentedBy.displayName}
        </p>
      ))}
      <div className="actions">
        {isTeam && change.status === 'DRAFT' && (
          <button type="button" onClick={() => void submit()}>
            Submit
          </button>
        )}
        {canDecide && (
          <>
            <input
              aria-label="Comment"
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              placeholder="Comment (needed to reject)"
            />
            <button type="button" onClick={() => void approve(comment)}>
              Approve
            </button>
            <button type="button" className="off" onClick={() => void reject(comment)}>
              Reject
            </button>
          </>
        )}
        {isTeam &&
          change.status === 'SCHEDULED' &&
          OUTCOMES.map((o) => (
            <button key={o} type="button" className="off" onClick={() => void complete(o)}>
              {o.replace('_', ' ').toLowerCase()}
            </button>
          ))}
        {can(role, 'CONSENT_TO_CHANGES') &&
          change.classroomImpact &&
          ['SUBMITTED', 'APPROVED', 'SCHEDULED'].includes(change.status) &&
          change.schools
            .filter((s) => !consented.has(s.id))
            .map((s) => (
              <button key={s.id} type="button" onClick={() => void consent(s.id)}>
                Consent for {s.name}
              </button>
            ))}
      </div>
      {isTeam && ['APPROVED', 'SCHEDULED'].includes(change.status) && <ScheduleForm changeId={change.id} />}
      {error && <ErrorNotice message={error.message} />}
    </article>
  );
}
