import { FormEvent, useState } from 'react';
import { can } from '@trustops/contracts';
import { useSession } from '../../session/hooks/use-session';
import { ErrorNotice } from '../../../ui/status';
import type { TechDecision, TechRisk } from '../../../gql/graphql';
import { TechRequest, useDecideTechRequest, useTechRequestAppeal } from '../hooks/use-tech-requests';

const RISKS: TechRisk[] = ['SAFEGUARDING', 'DATA_PROTECTION', 'SECURITY', 'COST', 'SUPPORT_LOAD'];
const DECISIONS: TechDecision[] = ['APPROVED', 'APPROVED_WITH_CONDITIONS', 'DECLINED'];
const words = (s: string) => s.replace(/_/g, ' ').toLowerCase();

/** A request with its decision (reason, risks, alternatives), the appeal, and the form the signed-in person may use next. */
export function TechRequestCard({ request }: { request: TechRequest }) {
  const { session } = useSession();
  const role = session?.role;
  const mine = request.requester.id === session?.user.id;
  return (
    <article className="change-card" aria-label={request.title}>
      <h3>
        {request.title}{' '}
        <span className="badge" data-testid="request-status">
          {words(request.status)}
        </span>
      </h3>
      <p className="muted">
        {request.school.name} · {request.requester.displayName} · wants to: {request.goal}
      </p>
      {request.decision && (
        <div className="decision">
          <p>
            <strong>{words(request.decision.outcome)}</strong> by {request.decision.decidedBy.displayName}
            {request.decision.reason && `: ${request.decision.reason}`}
          </p>
          {request.decision.conditions && <p>Conditions: {request.decision.conditions}</p>}
          {!!request.decision.risks.length && <p>Risks: {request.decision.risks.map(words).join(', ')}</p>}
          {!!request.decision.alternatives.length && (
            <p>Instead, you could: {request.decision.alternatives.join('; ')}</p>
          )}
        </div>
      )}
      {request.appeal && (
        <div className="decision">
          <p>Appeal: {request.appeal.note}</p>
          {request.appeal.outcome && (
            <p>
              <strong>{words(request.appeal.outcome)}</strong> by {request.appeal.decidedBy?.displayName}:{' '}
              {request.appeal.decisionNote}
            </p>
          )}
        </div>
      )}
      {can(role, 'DECIDE_TECH_REQUESTS') && request.status === 'SUBMITTED' && <DecideForm requestId={request.id} />}
      {mine && request.status === 'DECLINED' && !request.appeal && <AppealForm requestId={request.id} />}
      {can(role, 'DECIDE_APPEALS') && request.status === 'APPEALED' && <AppealDecisionForm requestId={request.id} />}
    </article>
  );
}

function DecideForm({ requestId }: { requestId: string }) {
  const decide = useDecideTechRequest(requestId);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void decide.decide({
      decision: form.get('decision') as TechDecision,
      reason: String(form.get('reason') ?? ''),
      conditions: String(form.get('conditions') ?? '') || null,
      risks: form.getAll('risks') as TechRisk[],
      alternatives: String(form.get('alternatives') ?? '')
        .split('\n')
        .filter((a) => a.trim()),
    });
  }
  return (
    <form className="decide" aria-label="Decide" onSubmit={handleSubmit}>
      <label>
        Decision
        <select name="decision" defaultValue="APPROVED">
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {words(d)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Reason
        <input name="reason" />
      </label>
      <label>
        Conditions
        <input name="conditions" />
      </label>
      <fieldset>
        <legend>Risks</legend>
        {RISKS.map((r) => (
          <label key={r} className="inline">
            <input type="checkbox" name="risks" value={r} /> {words(r)}
          </label>
        ))}
      </fieldset>
      <label>
        Alternatives (one per line)
        <textarea name="alternatives" rows={2} />
      </label>
      <button type="submit" disabled={decide.isPending}>
        Record decision
      </button>
      {decide.error && <ErrorNotice message={decide.error.message} />}
    </form>
  );
}

function NoteForm({
  label,
  button,
  onSend,
  error,
  pending,
}: {
  label: string;
  button: string;
  onSend: (note: string) => void;
  error: string | null;
  pending: boolean;
}) {
  const [note, setNote] = useState('');
  return (
    <form
      className="decide"
      aria-label={button}
      onSubmit={(e) => {
        e.preventDefault();
        onSend(note);
      }}
    >
      <label>
        {label}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} required />
      </label>
      <button type="submit" disabled={pending}>
        {button}
      </button>
      {error && <ErrorNotice message={error} />}
    </form>
  );
}

function AppealForm({ requestId }: { requestId: string }) {
  const { appeal, appealing } = useTechRequestAppeal(requestId);
  return (
    <NoteForm
      label="Why should this change?"
      button="Appeal"
      pending={appealing.isPending}
      error={appealing.error?.message ?? null}
      onSend={(note) => void appeal(note)}
    />
  );
}

function AppealDecisionForm({ requestId }: { requestId: string }) {
  const { decideAppeal, deciding } = useTechRequestAppeal(requestId);
  const [decision, setDecision] = useState<TechDecision>('APPROVED');
  return (
    <>
      <label>
        Outcome
        <select value={decision} onChange={(e) => setDecision(e.target.value as TechDecision)}>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {words(d)}
            </option>
          ))}
        </select>
      </label>
      <NoteForm
        label="Reasoning, having read both sides"
        button="Decide appeal"
        pending={deciding.isPending}
        error={deciding.error?.message ?? null}
        onSend={(note) => void decideAppeal(decision, note)}
      />
    </>
  );
}
