import { FormEvent, useState } from 'react';
import { can } from '@trustops/contracts';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice } from '../../../ui/status';
import {
  Incident,
  Review,
  useCompleteReviewAction,
  useIncidentReview,
  useReviewerCandidates,
} from '../hooks/use-incidents';

/** The independent review: the director assigns (only independent people are offered), the reviewer publishes, actions close. */
export function ReviewPanel({ incident }: { incident: Incident }) {
  const { session } = useSession();
  const canAssign = can(session?.role, 'ASSIGN_REVIEWERS');
  const isReviewer = incident.reviewer?.id === session?.user.id;
  return (
    <section aria-label="Review" className="review-panel">
      <h3>Independent review {incident.reviewRequired ? '(required)' : '(optional)'}</h3>
      <p>Reviewer: {incident.reviewer?.displayName ?? 'not assigned'}</p>
      {canAssign && !incident.review && incident.state !== 'REVIEWED' && <AssignReviewer incidentId={incident.id} />}
      {isReviewer && !incident.review && incident.state === 'RESOLVED' && <PublishForm incidentId={incident.id} />}
      {incident.review && <ReviewReport review={incident.review} />}
    </section>
  );
}

function AssignReviewer({ incidentId }: { incidentId: string }) {
  const candidates = useReviewerCandidates(incidentId);
  const { assignReviewer, isAssigning, assignError } = useIncidentReview(incidentId);
  const [reviewerId, setReviewerId] = useState('');
  const list = candidates.data?.reviewerCandidates ?? [];
  return (
    <div className="actions">
      <label>
        Reviewer
        <select value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
          <option value="">Choose…</option>
          {list.map((c) => (
            <option key={c.user.id} value={c.user.id} disabled={!c.independent}>
              {c.displayName} ({c.role.toLowerCase()}){c.independent ? '' : `: ${c.problems.join(', ')}`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!reviewerId || isAssigning} onClick={() => void assignReviewer(reviewerId)}>
        Assign
      </button>
      {assignError && <ErrorNotice message={assignError.message} />}
    </div>
  );
}

function PublishForm({ incidentId }: { incidentId: string }) {
  const { publish, isPublishing, publishError } = useIncidentReview(incidentId);
  const { session } = useSession();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const action = String(form.get('action') ?? '').trim();
    void publish({
      findings: String(form.get('findings') ?? ''),
      contributingFactors: String(form.get('factors') ?? '')
        .split('\n')
        .filter((f) => f.trim()),
      actions: action && session ? [{ title: action, ownerId: session.user.id, dueOn: String(form.get('dueOn')) }] : [],
    });
  }
  return (
    <form className="decide" aria-label="Publish the review" onSubmit={handleSubmit}>
      <label>
        Findings
        <textarea name="findings" rows={3} required />
      </label>
      <label>
        Contributing factors (one per line)
        <textarea name="factors" rows={2} />
      </label>
      <label>
        Action
        <input name="action" />
      </label>
      <label>
        Due
        <input type="date" name="dueOn" />
      </label>
      <button type="submit" disabled={isPublishing}>
        Publish review
      </button>
      {publishError && <ErrorNotice message={publishError.message} />}
    </form>
  );
}

export function ReviewReport({ review }: { review: Review }) {
  const done = useCompleteReviewAction();
  return (
    <div className="decision">
      <p>
        <strong>Findings</strong> ({review.reviewer.displayName},{' '}
        {new Date(review.publishedAt).toLocaleDateString('en-GB')}): {review.findings}
      </p>
      {!!review.contributingFactors.length && <p>Contributing factors: {review.contributingFactors.join('; ')}</p>}
      <ul>
        {review.actions.map((a) => (
          <li key={a.id}>
            {a.title}: {a.owner.displayName}, due {a.dueOn}, <span className="badge">{a.status.toLowerCase()}</span>
            {a.status === 'OPEN' && (
              <button type="button" className="link" onClick={() => void done.complete(a.id)}>
                {' '}
                mark done
              </button>
            )}
          </li>
        ))}
      </ul>
      {done.error && <ErrorNotice message={done.error.message} />}
    </div>
  );
}
