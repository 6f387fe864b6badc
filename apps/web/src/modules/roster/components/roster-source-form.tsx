import { FormEvent, useState } from 'react';
import { succeeded } from '../../../api/use-graphql-mutation';
import type { RosterSourceKind } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/status';
import { useFormFields } from '../../../ui/use-form-fields';
import { RosterSource, useConfigureRosterSource } from '../hooks/use-roster';

/** A sync may give these roles; IT roles are set by hand on the People page. */
const SYNCED_ROLES = [
  { role: 'STAFF', label: 'Staff' },
  { role: 'EXECUTIVE', label: 'Executive' },
  { role: 'GOVERNOR', label: 'Governor' },
];
const FIELDS = ['label', 'graceDays', 'roleRules', 'apiUrl', 'token', 'feedUrl'];
const WONDE_API = 'https://api.wonde.com/v1.0';

interface Rule {
  key: number;
  misRole: string;
  role: string;
}

/** Adds a source (OneRoster CSV uploads, or Wonde), or changes one: its name, grace period for leavers, role rules. */
export function RosterSourceForm({ editing, onDone }: { editing: RosterSource | null; onDone: () => void }) {
  const configure = useConfigureRosterSource();
  const { id, onField, input, errorFor } = useFormFields(configure.error, FIELDS, [
    'graceDays',
    'roleRules',
    'token',
    'feedUrl',
  ]);
  const [kind, setKind] = useState<RosterSourceKind>(editing?.kind ?? 'ONEROSTER_CSV');
  const [rules, setRules] = useState<Rule[]>(() => (editing?.roleRules ?? []).map((r, key) => ({ key, ...r })));
  const setRule = (key: number, change: Partial<Rule>) =>
    setRules((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      id: editing?.id ?? null,
      kind,
      label: String(form.get('label') ?? ''),
      ...(kind === 'WONDE'
        ? { apiUrl: String(form.get('apiUrl') ?? '') || null, token: String(form.get('token') ?? '') || null }
        : { feedUrl: feedUrlOf(form) }),
      graceDays: Number(form.get('graceDays')),
      roleRules: rules.filter((r) => r.misRole.trim()).map(({ misRole, role }) => ({ misRole, role })),
      enabled: form.get('enabled') === 'on',
    };
    void succeeded(configure.mutateAsync({ input })).then((ok) => ok && onDone());
  }
  const title = editing ? `Change ${editing.label}` : 'Add a roster source';
  return (
    <form className="stacked" aria-label={title} onSubmit={handleSubmit}>
      <h2>{title}</h2>
      <label htmlFor={`${id}-kind`}>Where staff come from</label>
      <select
        id={`${id}-kind`}
        value={kind}
        disabled={!!editing}
        onChange={(e) => setKind(e.target.value as RosterSourceKind)}
      >
        <option value="ONEROSTER_CSV">OneRoster CSV files (MIS export, School Data Sync), uploaded</option>
        <option value="WONDE">Wonde (read every night)</option>
      </select>
      {kind === 'WONDE' && (
        <>
          <label htmlFor={`${id}-token`}>Wonde access token</label>
          <span id={`${id}-token-hint`} className="hint">
            From the Wonde portal: My Integrations → your TrustOps integration. Each school approves it there.{' '}
            {editing?.hasToken ? 'Leave blank to keep the one held; ' : ''}TrustOps keeps it encrypted and never shows
            it.
          </span>
          <input {...input('token')} type="password" autoComplete="off" required={!editing?.hasToken} />
          {errorFor('token')}
          <label htmlFor={`${id}-apiUrl`}>Wonde API address</label>
          <input {...input('apiUrl')} type="url" defaultValue={editing?.apiUrl ?? WONDE_API} required />
          {errorFor('apiUrl')}
        </>
      )}
      {kind === 'ONEROSTER_CSV' && (
        <>
          <label htmlFor={`${id}-feedUrl`}>Fetch the ZIP from an address every night (optional)</label>
          <span id={`${id}-feedUrl-hint`} className="hint">
            {editing?.feedUrlHost
              ? `Fetched from ${editing.feedUrlHost}. Leave blank to keep it; tick below to stop fetching.`
              : 'Where your MIS or School Data Sync publishes the export. Kept encrypted; only its host is shown.'}
          </span>
          <input {...input('feedUrl')} type="url" autoComplete="off" />
          {errorFor('feedUrl')}
          {editing?.feedUrlHost && (
            <label className="check">
              <input type="checkbox" name="stopFetching" /> Stop fetching (upload files instead)
            </label>
          )}
        </>
      )}
      <label htmlFor={`${id}-label`}>Name</label>
      <input
        {...input('label')}
        defaultValue={editing?.label ?? ''}
        placeholder="Arbor via School Data Sync"
        required
      />
      {errorFor('label')}
      <label htmlFor={`${id}-graceDays`}>Grace period for leavers (days)</label>
      <span id={`${id}-graceDays-hint`} className="hint">
        Someone the MIS stops listing stays active this long, then is suspended (never deleted).
      </span>
      <input {...input('graceDays')} type="number" min={0} max={365} defaultValue={editing?.graceDays ?? 30} required />
      {errorFor('graceDays')}
      <fieldset className="rules" aria-describedby={`${id}-roleRules-hint`}>
        <legend>Role rules</legend>
        <span id={`${id}-roleRules-hint`} className="hint">
          An MIS role (OneRoster: teacher, principal, administrator, aide…) and the TrustOps role it gives. Anyone else
          is Staff; a principal is also an educator lead.
        </span>
        {rules.map((rule, i) => (
          <div key={rule.key} className="rule">
            <label htmlFor={`${id}-rule-${rule.key}`}>MIS role {i + 1}</label>
            <input
              id={`${id}-rule-${rule.key}`}
              value={rule.misRole}
              onChange={(e) => setRule(rule.key, { misRole: e.target.value })}
            />
            <label htmlFor={`${id}-rule-role-${rule.key}`}>gives</label>
            <select
              id={`${id}-rule-role-${rule.key}`}
              value={rule.role}
              onChange={(e) => setRule(rule.key, { role: e.target.value })}
            >
              {SYNCED_ROLES.map((r) => (
                <option key={r.role} value={r.role}>
                  {r.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="secondary"
              onClick={() => setRules((all) => all.filter((r) => r.key !== rule.key))}
            >
              Remove rule {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setRules((all) => [...all, { key: Date.now(), misRole: '', role: 'EXECUTIVE' }])}
        >
          Add a role rule
        </button>
        {errorFor('roleRules')}
      </fieldset>
      <label className="check">
        <input type="checkbox" name="enabled" defaultChecked={editing?.enabled ?? true} /> Enabled
      </label>
      {configure.error && !onField && <ErrorNotice message={configure.error.message} />}
      <div className="actions">
        <button type="submit" disabled={configure.isPending}>
          {editing ? 'Save changes' : 'Add source'}
        </button>
        {editing && (
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** A new address, '' to stop fetching, or null to keep the one held. */
function feedUrlOf(form: FormData): string | null {
  if (form.get('stopFetching') === 'on') return '';
  const typed = String(form.get('feedUrl') ?? '').trim();
  return typed || null;
}
