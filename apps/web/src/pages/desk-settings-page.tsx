import { FormEvent, useState } from 'react';
import { useGraphQLMutation } from '../api/use-graphql-mutation';
import { useGraphQLQuery } from '../api/use-graphql-query';
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
      <SlaTargets canEdit={session?.role === 'IT_DIRECTOR'} />
      <RoutingRules />
    </main>
  );
}

function SlaTargets({ canEdit }: { canEdit: boolean }) {
  const { data, error, isPending } = useGraphQLQuery<{
    slaTargets: { priority: string; firstResponseMinutes: number; resolutionMinutes: number; isDefault: boolean }[];
  }>(['sla-targets'], '{ slaTargets { priority firstResponseMinutes resolutionMinutes isDefault } }');
  const set = useGraphQLMutation<{ p: string; f: number; r: number }>(
    'mutation ($p: Priority!, $f: Int!, $r: Int!) { setSlaTarget(priority: $p, firstResponseMinutes: $f, resolutionMinutes: $r) { priority } }',
  );
  function handleSubmit(priority: string) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      set.mutate({ p: priority, f: Number(form.get('first')), r: Number(form.get('resolution')) });
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
  const { data } = useGraphQLQuery<{
    routingRules: {
      id: string;
      team: string | null;
      category: string | null;
      school: { name: string } | null;
      assignee: { displayName: string } | null;
    }[];
  }>(['routing-rules'], '{ routingRules { id team category school { name } assignee { displayName } } }');
  const add = useGraphQLMutation<{ i: Record<string, unknown> }>(
    'mutation ($i: AddRoutingRuleInput!) { addRoutingRule(input: $i) { id } }',
  );
  const remove = useGraphQLMutation<{ id: string }>('mutation ($id: ID!) { removeRoutingRule(id: $id) }');
  const [key, setKey] = useState(0);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries([...form.entries()].filter(([, v]) => v !== ''));
    add.mutate({ i: input }, { onSuccess: () => setKey((k) => k + 1) });
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
            <button type="button" className="link" onClick={() => remove.mutate({ id: r.id })}>
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
        <button type="submit" disabled={add.isPending}>
          Add rule
        </button>
      </form>
      {(add.error ?? remove.error) && <ErrorNotice message={(add.error ?? remove.error)!.message} />}
    </section>
  );
}
