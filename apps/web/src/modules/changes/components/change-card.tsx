import { useState } from 'react';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice } from '../../../ui/status';
import { APPROVE, Change, COMPLETE, CONSENT, REJECT, SUBMIT, useChangeStep } from '../hooks/use-changes';
import { londonTime } from '../utils/local-time';
import { ScheduleForm } from './schedule-form';
import { isItTeam } from '../../session/roles';

/** One change with the steps the signed-in person may take next. */
export function ChangeCard({ change }: { change: Change }) {
  const { session } = useSession();
  const role = session?.role ?? '';
  const submit = useChangeStep(SUBMIT);
  const approve = useChangeStep(APPROVE);
  const reject = useChangeStep(REJECT);
  const consent = useChangeStep(CONSENT);
  const complete = useChangeStep(COMPLETE);
  const [comment, setComment] = useState('');
  const error = submit.error ?? approve.error ?? reject.error ?? consent.error ?? complete.error;
  const isTeam = isItTeam(role);
  const canDecide = ['ENGINEER', 'IT_DIRECTOR'].includes(role) && change.status === 'SUBMITTED';
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
          <button type="button" onClick={() => submit.mutate({ changeId: change.id })}>
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
            <button type="button" onClick={() => approve.mutate({ changeId: change.id, comment })}>
              Approve
            </button>
            <button type="button" className="off" onClick={() => reject.mutate({ changeId: change.id, comment })}>
              Reject
            </button>
          </>
        )}
        {isTeam &&
          change.status === 'SCHEDULED' &&
          ['DONE', 'FAILED', 'BACKED_OUT'].map((o) => (
            <button
              key={o}
              type="button"
              className="off"
              onClick={() => complete.mutate({ changeId: change.id, outcome: o })}
            >
              {o.replace('_', ' ').toLowerCase()}
            </button>
          ))}
        {['STAFF', 'EXECUTIVE'].includes(role) &&
          change.classroomImpact &&
          ['SUBMITTED', 'APPROVED', 'SCHEDULED'].includes(change.status) &&
          change.schools
            .filter((s) => !consented.has(s.id))
            .map((s) => (
              <button key={s.id} type="button" onClick={() => consent.mutate({ changeId: change.id, schoolId: s.id })}>
                Consent for {s.name}
              </button>
            ))}
      </div>
      {isTeam && ['APPROVED', 'SCHEDULED'].includes(change.status) && <ScheduleForm changeId={change.id} />}
      {error && <ErrorNotice message={error.message} />}
    </article>
  );
}
