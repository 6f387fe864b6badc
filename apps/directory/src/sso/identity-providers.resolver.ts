import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor, Public, TenantDb } from '@trustops/service-kit';
import { normalEmail } from '../people/link-token';
import { IdentityProvidersRepository } from './identity-providers.repository';
import { IdentityProvidersService } from './identity-providers.service';
import { SsoFlowService } from './sso-flow.service';
import { DomainRow, EmailDomainsService, recordName, recordValue } from './email-domains';
import {
  EmailDomainStatus,
  IdentityProvider,
  IdentityProviderInput,
  ProviderKindEnum,
  SignInOptions,
} from './identity-providers.types';

@Resolver()
export class IdentityProvidersResolver {
  constructor(
    private readonly providers: IdentityProvidersService,
    private readonly repository: IdentityProvidersRepository,
    private readonly db: TenantDb,
    private readonly flow: SsoFlowService,
    private readonly domains: EmailDomainsService,
  ) {}

  @Can('ADMINISTER_TRUST')
  @Query(() => [IdentityProvider], { description: "The trust's identity providers (IT directors)" })
  identityProviders() {
    return this.providers.list();
  }

  @Can('ADMINISTER_TRUST')
  @Mutation(() => IdentityProvider, {
    description:
      'Adds or changes an identity provider (an enabled one must answer its discovery document); audited without its secret',
  })
  configureIdentityProvider(@Args('input') input: IdentityProviderInput) {
    return this.providers.configure(input);
  }

  @Can('ADMINISTER_TRUST')
  @Query(() => [EmailDomainStatus], { description: "The email domains of the trust's providers, verified or not" })
  async emailDomains(): Promise<EmailDomainStatus[]> {
    return (await this.domains.list()).map(domainView);
  }

  @Can('ADMINISTER_TRUST')
  @Mutation(() => EmailDomainStatus, {
    description:
      'Looks for the TXT record now (EMAIL_DOMAIN_NOT_VERIFIED until it is there); verified for good once found',
  })
  async verifyEmailDomain(@Args('domain') domain: string): Promise<EmailDomainStatus> {
    return domainView(await this.domains.verify(domain));
  }

  @Can('ADMINISTER_TRUST')
  @Mutation(() => String, {
    description:
      "Where to send the director's browser to test a provider: they sign in there once and see what a real sign-in would do (nothing is changed)",
  })
  testIdentityProvider(@CurrentActor() actor: Actor, @Args('providerId', { type: () => ID }) providerId: string) {
    return this.flow.beginTest(actor, providerId);
  }

  /**
   * Before sign-in: the buttons for the domain of the email typed. It depends on the domain only, never on whether
   * the address has an account, so it tells nobody who uses TrustOps.
   */
  @Public()
  @Query(() => SignInOptions, { description: 'How someone with this email may sign in (by its domain alone)' })
  async signInOptions(@Args('email') email: string): Promise<SignInOptions> {
    const domain = normalEmail(String(email ?? ''))?.split('@')[1];
    if (!domain) return { providers: [], password: true };
    const providers = await this.db.runAsSystem((em) => this.repository.forDomain(em, domain));
    return {
      providers: providers.map((p) => ({
        providerId: p.id,
        kind: p.kind as ProviderKindEnum,
        label: p.label,
        trustName: p.trustName,
      })),
      // Hidden only when every trust naming the domain turned passwords off for it: a trust naming another's
      // domain cannot hide the password from that trust's people (sign-in asks only the person's own trusts).
      password: !providers.length || providers.some((p) => p.passwordSignIn),
    };
  }
}

const domainView = (row: DomainRow): EmailDomainStatus => ({
  domain: row.domain,
  verified: !!row.verifiedAt,
  recordName: recordName(row.domain),
  recordValue: recordValue(row.token),
  checkedAt: row.checkedAt,
});
