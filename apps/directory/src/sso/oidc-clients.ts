import * as oidc from 'openid-client';
import { issuerOf, Authorities, ProviderSettings } from './provider-rules';
import { providerUnreachable } from './sso.errors';

const CACHE_MS = 60 * 60_000;
const DISCOVERY_TIMEOUT_SECONDS = 5;

type Discoverable = Pick<ProviderSettings, 'kind' | 'tenantIds' | 'issuer' | 'clientId'> & {
  id?: string;
  updatedAt?: Date;
};

/**
 * openid-client configurations per provider, from each issuer's discovery document (kept an hour, and anew once
 * the provider is changed). Plain http is allowed only for a provider on this machine outside production (tests).
 */
export class OidcClients {
  private readonly cache = new Map<string, { config: oidc.Configuration; at: number }>();

  constructor(
    private readonly authorities: Authorities,
    private readonly production: boolean,
  ) {}

  async configFor(p: Discoverable, secret: string): Promise<oidc.Configuration> {
    const key = p.id ? `${p.id}:${p.updatedAt?.getTime()}` : null;
    const kept = key ? this.cache.get(key) : undefined;
    if (kept && Date.now() - kept.at < CACHE_MS) return kept.config;
    const issuer = new URL(issuerOf(p, this.authorities));
    const insecure = issuer.protocol === 'http:' && !this.production;
    const config = await oidc
      .discovery(issuer, p.clientId, secret, undefined, {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch(() => {
        throw providerUnreachable(issuer.href);
      });
    // People are sent to the authorization endpoint from TrustOps' own address: it must be the issuer's own site,
    // or a provider's settings would make TrustOps an open redirect to anywhere.
    const authorize = config.serverMetadata().authorization_endpoint;
    if (!authorize || new URL(authorize).origin !== issuer.origin) throw providerUnreachable(issuer.href);
    if (key) this.cache.set(key, { config, at: Date.now() });
    return config;
  }
}
