import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Public, TenantDb } from '@trustops/service-kit';
import { normalEmail } from '../people/link-token';
import { IdentityProvidersRepository } from './identity-providers.repository';
import { IdentityProvidersService } from './identity-providers.service';
import { IdentityProvider, IdentityProviderInput, ProviderKindEnum, SignInOptions } from './identity-providers.types';

@Resolver()
export class IdentityProvidersResolver {
  constructor(
    private readonly providers: IdentityProvidersService,
    private readonly repository: IdentityProvidersRepository,
    private readonly db: TenantDb,
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

  /**
   * Before sign-in: the buttons for the domain of the email typed. It depends on the domain only, never on whether
   * the address has an account, so it tells nobody who uses TrustOps.
   */
  @Public()
  @Query(() => SignInOptions, { description: 'How someone with this email may sign in (by its domain alone)' })
  async signInOptions(@Args('email') email: string): Promise<SignInOptions> {
    const domain = normalEmail(String(email ?? ''))?.split('@')[1];
    if (!domain) return { providers: [], password: true };
    return this.db.runAsSystem(async (em) => ({
      providers: (await this.repository.forDomain(em, domain)).map((p) => ({
        providerId: p.id,
        kind: p.kind as ProviderKindEnum,
        label: p.label,
        trustName: p.trustName,
      })),
      password: await this.repository.passwordAllowed(em, domain),
    }));
  }
}
