import { FormEvent, useState } from 'react';
import { succeeded } from '../../../api/use-graphql-mutation';
import type { IdentityProviderKind, IdentityProvidersQuery } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/status';
import { useFormFields } from '../../../ui/use-form-fields';
import { useConfigureIdentityProvider } from '../hooks/use-identity-providers';

export type Provider = IdentityProvidersQuery['identityProviders'][number];

const KINDS: { kind: IdentityProviderKind; label: string }[] = [
  { kind: 'MICROSOFT', label: 'Microsoft Entra ID (Microsoft 365)' },
  { kind: 'GOOGLE', label: 'Google Workspace' },
  { kind: 'OIDC', label: 'Another OpenID Connect provider' },
];
const FIELDS = ['kind', 'label', 'tenantIds', 'hostedDomain', 'issuer', 'clientId', 'clientSecret', 'emailDomains'];
const list = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);

/** Adds a provider, or changes one (a blank secret keeps the one held; a new one replaces it). */
export function ProviderForm({ editing, onDone }: { editing: Provider | null; onDone: () => void }) {
  const configure = useConfigureIdentityProvider();
  const [kind, setKind] = useState<IdentityProviderKind>(editing?.kind ?? 'MICROSOFT');
  const { id, onField, input, errorFor } = useFormFields(configure.error, FIELDS, ['tenantIds', 'clientSecret']);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      id: editing?.id ?? null,
      kind,
      label: String(form.get('label') ?? '') || null,
      tenantIds: kind === 'MICROSOFT' ? list(form.get('tenantIds')) : null,
      hostedDomain: kind === 'GOOGLE' ? String(form.get('hostedDomain')) : null,
      issuer: kind === 'OIDC' ? String(form.get('issuer')) : null,
      clientId: String(form.get('clientId')),
      clientSecret: String(form.get('clientSecret') ?? '') || null,
      emailDomains: list(form.get('emailDomains')),
      allowNewMembers: form.get('allowNewMembers') === 'on',
      passwordSignIn: form.get('passwordSignIn') === 'on',
      enabled: form.get('enabled') === 'on',
    };
    void succeeded(configure.mutateAsync({ input })).then((ok) => ok && onDone());
  }
  return (
    <form
      className="stacked"
      aria-label={editing ? `Change ${editing.label}` : 'Add an identity provider'}
      onSubmit={handleSubmit}
    >
      <h2>{editing ? `Change ${editing.label}` : 'Add an identity provider'}</h2>
      <label htmlFor={`${id}-kind`}>Provider</label>
      <select
        {...input('kind')}
        value={kind}
        disabled={!!editing}
        onChange={(e) => setKind(e.target.value as IdentityProviderKind)}
      >
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
      {kind === 'MICROSOFT' && (
        <>
          <label htmlFor={`${id}-tenantIds`}>Entra tenant id</label>
          <span id={`${id}-tenantIds-hint`} className="hint">
            Entra admin centre → Overview → Tenant ID. Several, separated by commas, for a trust with more than one.
          </span>
          <input {...input('tenantIds')} defaultValue={editing?.tenantIds.join(', ')} required />
          {errorFor('tenantIds')}
        </>
      )}
      {kind === 'GOOGLE' && (
        <>
          <label htmlFor={`${id}-hostedDomain`}>Workspace domain</label>
          <input
            {...input('hostedDomain')}
            defaultValue={editing?.hostedDomain ?? ''}
            placeholder="school.org.uk"
            required
          />
          {errorFor('hostedDomain')}
        </>
      )}
      {kind === 'OIDC' && (
        <>
          <label htmlFor={`${id}-issuer`}>Issuer URL</label>
          <input {...input('issuer')} type="url" defaultValue={editing?.issuer ?? ''} required />
          {errorFor('issuer')}
        </>
      )}
      <label htmlFor={`${id}-clientId`}>Client (application) id</label>
      <input {...input('clientId')} defaultValue={editing?.clientId} required autoComplete="off" />
      {errorFor('clientId')}
      <label htmlFor={`${id}-clientSecret`}>Client secret</label>
      <span id={`${id}-clientSecret-hint`} className="hint">
        {editing
          ? 'Leave blank to keep the one held; TrustOps never shows it.'
          : 'Kept encrypted; TrustOps never shows it.'}
      </span>
      <input {...input('clientSecret')} type="password" autoComplete="new-password" required={!editing} />
      {errorFor('clientSecret')}
      <label htmlFor={`${id}-emailDomains`}>Email domains it signs in</label>
      <input
        {...input('emailDomains')}
        defaultValue={editing?.emailDomains.join(', ')}
        placeholder="school.org.uk"
        required
      />
      {errorFor('emailDomains')}
      <label htmlFor={`${id}-label`}>Button label (optional)</label>
      <input {...input('label')} defaultValue={editing?.label ?? ''} />
      {errorFor('label')}
      <label className="check">
        <input type="checkbox" name="passwordSignIn" defaultChecked={editing?.passwordSignIn ?? true} /> People of these
        domains may still sign in with a password
      </label>
      <label className="check">
        <input type="checkbox" name="allowNewMembers" defaultChecked={editing?.allowNewMembers ?? false} /> Signing in
        adds someone who is not a member yet (as staff)
      </label>
      <label className="check">
        <input type="checkbox" name="enabled" defaultChecked={editing?.enabled ?? true} /> Enabled
      </label>
      {configure.error && !onField && <ErrorNotice message={configure.error.message} />}
      <div className="actions">
        <button type="submit" disabled={configure.isPending}>
          {configure.isPending ? 'Checking the provider…' : editing ? 'Save changes' : 'Add provider'}
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
