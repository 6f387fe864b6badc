import { Inject, Injectable } from '@nestjs/common';
import { AuditService, badInput, isUuid } from '@trustops/service-kit';
import { EmailDomainsService } from './email-domains';
import { OidcClients } from './oidc-clients';
import { checkProviderInput, ProviderSettings } from './provider-rules';
import { IdentityProvidersRepository, ProviderRow } from './identity-providers.repository';
import { IdentityProvider, IdentityProviderInput, ProviderKindEnum } from './identity-providers.types';
import { SecretBox } from './secret-box';
import { providerNotFound } from './sso.errors';

export const SSO_SETTINGS = Symbol('SSO_SETTINGS');
export interface SsoSettings {
  box: SecretBox;
  clients: OidcClients;
  /** The callback every provider sends people back to (register it at the provider). */
  redirectUri: string;
  /** The dashboard, where a finished or refused sign-in lands. */
  publicUrl: string;
  production: boolean;
}

/** A trust's identity providers, set up by its IT director. */
@Injectable()
export class IdentityProvidersService {
  constructor(
    private readonly providers: IdentityProvidersRepository,
    private readonly audit: AuditService,
    private readonly domains: EmailDomainsService,
    @Inject(SSO_SETTINGS) private readonly settings: SsoSettings,
  ) {}

  async list(): Promise<IdentityProvider[]> {
    return (await this.providers.list()).map((row) => this.view(row));
  }

  /**
   * Adds or changes a provider. An enabled provider's discovery document must be readable with these settings
   * (nothing is saved otherwise); a new secret replaces the one held, which is never read back.
   */
  async configure(input: IdentityProviderInput): Promise<IdentityProvider> {
    const next = checkProviderInput(input, this.settings.production);
    const before = input.id ? await this.requireProvider(input.id) : null;
    const secret = input.clientSecret?.trim() || null;
    if (!before && !secret) throw badInput('Enter the client secret from the provider', { field: 'clientSecret' });
    if (secret && secret.length > 500) throw badInput('That client secret is too long', { field: 'clientSecret' });
    if (next.enabled)
      await this.settings.clients.configFor(next, secret ?? this.settings.box.open(before!.secretSealed));
    const sealed = secret ? this.settings.box.seal(secret) : before!.secretSealed;
    const id = before ? before.id : await this.providers.add(next, sealed);
    if (before) await this.providers.update(id, next, sealed);
    await this.domains.ensure(next.emailDomains);
    await this.audit.record({
      entity: 'identity_provider',
      entityId: id,
      action: before ? 'changed' : 'added',
      // The settings, never the secret: only whether it changed.
      before: before ? settingsOf(before) : undefined,
      after: { ...next, secretChanged: !!secret },
    });
    return this.view((await this.providers.byId(id))!);
  }

  private async requireProvider(id: string): Promise<ProviderRow> {
    const row = isUuid(id) ? await this.providers.byId(id) : null;
    if (!row) throw providerNotFound(id);
    return row;
  }

  private view(row: ProviderRow): IdentityProvider {
    return {
      ...settingsOf(row),
      id: row.id,
      kind: row.kind as ProviderKindEnum,
      redirectUri: this.settings.redirectUri,
      updatedAt: row.updatedAt,
    };
  }
}

const SETTINGS: (keyof ProviderSettings)[] = [
  'kind',
  'label',
  'tenantIds',
  'hostedDomain',
  'issuer',
  'clientId',
  'emailDomains',
  'allowNewMembers',
  'passwordSignIn',
  'enabled',
];

/** A row's settings alone (no id, trust or secret). */
const settingsOf = (row: ProviderRow) =>
  Object.fromEntries(SETTINGS.map((key) => [key, row[key]])) as unknown as ProviderSettings;
