import { FormEvent, useState } from 'react';
import { can } from '@trustops/contracts';
import type { AddRoutingRuleInput, Priority } from '../gql/graphql';
import {
  useRoutingRuleEdits,
  useRoutingRules,
  useSetSlaTarget,
  useSlaTargets,
} from '../modules/desk-settings/hooks/use-desk-settings';
import { useSchools } from '../modules/schools/hooks/use-schools';
import { useSession } from '../modules/session/hooks/use-session';
import { workingTime } from '../modules/tickets/utils/when';
import { ErrorNotice, Loading } from '../ui/status';

const CATEGORIES = ['NETWORK', 'DEVICES', 'PRINTING', 'ACCOUNTS', 'SOFTWARE', 'EXAMS', 'AV', 'FILTERING', 'OTHER'];

/** The desk's rules for this trust: SLA targets per priority (IT director) and auto-routing (engineers and the director). */
export function DeskSettingsPage() {
  const { session } = useSession();
  return (
    <main className="page">
      <h1>Desk settings</h1>
      <SlaTargets canEdit={can(session?.role, 'ADMINISTER_TRUST')} />
      <RoutingRules />
    </main>
  );
}

function SlaTargets({ canEdit }: { canEdit: boolean }) {
  const { data, error, isPending } = useSlaTargets();
  const set = useSetSlaTarget();
  function handleSubmit(priority: Priority) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      void set.setTarget(priority, {
        firstResponse: Number(form.get('first')),
        resolution: Number(form.get('resolution')),
      });
    };
  }
  if (isPending) return <Loading>Loading targets…</Loading>;
  if (error) return <ErrorNotice message={error.message} />;
  return (
    <section aria-label="SLA targets">
      <h2>SLA targets (working minutes, school hours)</h2>
      <p className="muted">New targets apply to tickets raised from now on.</p>
      {data.slaTargets.map((t) => (
        <form
          key={t.priority}
          className="actions"
          aria-label={`${t.priority} targets`}
          onSubmit={handleSubmit(t.priority)}
        >
          <strong>{t.priority}</strong>
          <label>
            First response
            <input name="first" type="number" min={1} defaultValue={t.firstResponseMinutes} disabled={!canEdit} />
          </label>
          <label>
            Resolution
            <input name="resolution" type="number" min={1} defaultValue={t.resolutionMinutes} disabled={!canEdit} />
          </label>
          <span className="muted">
            {workingTime(t.firstResponseMinutes)} / {workingTime(t.resolutionMinutes)}
            {t.isDefault ? ' (default)' : ''}
          </span>
          {canEdit && (
            <button type="submit" disabled={set.isPending}>
              Save
            </button>
          )}
        </form>
      ))}
      {set.error && <ErrorNotice message={set.error.message} />}
    </section>
  );
}

function RoutingRules() {
  const schools = useSchools();
  const { data } = useRoutingRules();
  const { addRule, removeRule, isAdding, error } = useRoutingRuleEdits();
  const [key, setKey] = useState(0);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // The form's names are AddRoutingRuleInput's fields; an empty one means "any".
    const input = Object.fromEntries([...form.entries()].filter(([, v]) => v !== '')) as AddRoutingRuleInput;
    void addRule(input).then((added) => added && setKey((k) => k + 1));
  }
  return (
    <section aria-label="Routing rules">
      <h2>Auto-routing</h2>
      <p className="muted">
        The most specific rule wins: school and category, then school, then category, then a rule for everything.
      </p>
      <ul>
        {data?.routingRules.map((r) => (
          <li key={r.id}>
            {r.school?.name ?? 'Any school'} · {r.category ?? 'any category'} → {r.team ?? '—'}
            {r.assignee ? ` (${r.assignee.displayName})` : ''}{' '}
            <button type="button" className="link" onClick={() => void removeRule(r.id)}>
              remove
            </button>
          </li>
        ))}
      </ul>
      <form key={key} className="actions" aria-label="New routing rule" onSubmit={handleSubmit}>
        <label>
          School
          <select name="schoolId" defaultValue="">
            <option value="">Any school</option>
            {schools.data?.schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select name="category" defaultValue="">
            <option value="">Any category</option>
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Team
          <input name="team" placeholder="e.g. Network team" />
        </label>
        <button type="submit" disabled={isAdding}>
          Add rule
        </button>
      </form>
      {error && <ErrorNotice message={error.message} />}
    </section>
  );
}
