import { useState } from 'react';
import { Provider, ProviderForm } from '../modules/sso/components/provider-form';
import { EmailDomains } from '../modules/sso/components/email-domains';
import { TestSignIn } from '../modules/sso/components/test-sign-in';
import { useIdentityProviders } from '../modules/sso/hooks/use-identity-providers';
import { RosterSources } from '../modules/roster/components/roster-sources';
import { ErrorNotice, Loading } from '../ui/status';

const KIND_NAMES = { MICROSOFT: 'Microsoft Entra ID', GOOGLE: 'Google Workspace', OIDC: 'OpenID Connect' };

/** The IT director's integrations: single sign-on providers and the sources of staff from the MIS. */
export function IntegrationsPage() {
  const { data, error, isPending } = useIdentityProviders();
  const [editing, setEditing] = useState<Provider | null>(null);
  const [formKey, setFormKey] = useState(0);
  const redirectUri = `${window.location.origin}/files/directory/sso/callback`;
  return (
    <main className="page">
      <h1>Integrations</h1>
      <section aria-labelledby="sso-heading">
        <h2 id="sso-heading">Single sign-on</h2>
        <p className="muted">
          Register this redirect URI at your provider:{' '}
          <code className="wrap">{data?.identityProviders[0]?.redirectUri ?? redirectUri}</code>. TrustOps asks for the{' '}
          <code>openid email profile</code> scopes and links each person by the provider&apos;s own id (Entra: tenant
          and object id), matching them by email only the first time.
        </p>
        {isPending && <Loading>Loading providers…</Loading>}
        {error && <ErrorNotice message={error.message} />}
        {data && !data.identityProviders.length && <p>No provider yet: everyone signs in with a password.</p>}
        <ul className="cards">
          {data?.identityProviders.map((p) => (
            <li key={p.id} className="card" aria-label={p.label}>
              <h3>
                {p.label} <span className="muted">({KIND_NAMES[p.kind]})</span>
              </h3>
              <dl className="facts">
                <dt>Signs in</dt>
                <dd>{p.emailDomains.join(', ')}</dd>
                {p.kind === 'MICROSOFT' && (
                  <>
                    <dt>Tenants</dt>
                    <dd className="wrap">{p.tenantIds.join(', ')}</dd>
                  </>
                )}
                {p.hostedDomain && (
                  <>
                    <dt>Workspace</dt>
                    <dd>{p.hostedDomain}</dd>
                  </>
                )}
                {p.issuer && (
                  <>
                    <dt>Issuer</dt>
                    <dd className="wrap">{p.issuer}</dd>
                  </>
                )}
                <dt>Client id</dt>
                <dd className="wrap">{p.clientId}</dd>
                <dt>Status</dt>
                <dd>
                  {p.enabled ? 'Enabled' : 'Off'} · passwords {p.passwordSignIn ? 'allowed' : 'off'} · new people{' '}
                  {p.allowNewMembers ? 'added as staff' : 'refused'}
                </dd>
              </dl>
              <button type="button" className="secondary" onClick={() => setEditing(p)}>
                Change {p.label}
              </button>
              {p.enabled && <TestSignIn providerId={p.id} label={p.label} />}
            </li>
          ))}
        </ul>
        <EmailDomains />
        <ProviderForm
          key={editing?.id ?? `new-${formKey}`}
          editing={editing}
          onDone={() => {
            setEditing(null);
            setFormKey((k) => k + 1);
          }}
        />
      </section>
      <RosterSources />
    </main>
  );
}
