import { useGraphQLMutation } from '../../../api/use-graphql-mutation';
import { useGraphQLQuery } from '../../../api/use-graphql-query';
import { ErrorNotice } from '../../../ui/status';
import { EmailDomainsDocument, VerifyEmailDomainDocument } from '../graphql/sso.graphql';

/**
 * The email domains the trust's providers serve: the sign-in page offers a provider for a domain only once the
 * trust has shown it owns it, with a TXT record at its DNS host.
 */
export function EmailDomains() {
  const { data } = useGraphQLQuery(['email-domains'], EmailDomainsDocument);
  const verify = useGraphQLMutation(VerifyEmailDomainDocument, () => [['email-domains']]);
  const domains = data?.emailDomains ?? [];
  if (!domains.length) return null;
  return (
    <section aria-labelledby="domains-heading">
      <h3 id="domains-heading">Email domains</h3>
      <p className="muted">
        The sign-in page offers your providers to people of a domain once you have shown it is yours: add the TXT record
        at the domain&apos;s DNS host, then check.
      </p>
      <ul className="cards">
        {domains.map((d) => (
          <li key={d.domain} className="card" aria-label={d.domain}>
            <p>
              <strong>{d.domain}</strong>: {d.verified ? 'verified' : 'not verified yet'}
            </p>
            {!d.verified && (
              <>
                <dl className="facts">
                  <dt>TXT record name</dt>
                  <dd className="wrap">
                    <code>{d.recordName}</code>
                  </dd>
                  <dt>Value</dt>
                  <dd className="wrap">
                    <code>{d.recordValue}</code>
                  </dd>
                </dl>
                <button
                  type="button"
                  className="secondary"
                  disabled={verify.isPending}
                  onClick={() => verify.mutate({ domain: d.domain })}
                >
                  Check {d.domain} now
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {verify.error && <ErrorNotice message={verify.error.message} />}
    </section>
  );
}
