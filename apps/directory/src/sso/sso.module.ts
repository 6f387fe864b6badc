import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PeopleModule } from '../people/people.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PUBLIC_URL } from '../people/invitations.service';
import { IdentityProvidersRepository } from './identity-providers.repository';
import { IdentityProvidersResolver } from './identity-providers.resolver';
import { IdentityProvidersService, SSO_SETTINGS, SsoSettings } from './identity-providers.service';
import { OidcClients } from './oidc-clients';
import { authoritiesFrom } from './provider-rules';
import { secretBoxFrom } from './secret-box';
import { SsoController } from './sso.controller';
import { SsoFlowService } from './sso-flow.service';
import { EmailDomainsService } from './email-domains';

/**
 * Single sign-on per trust: its identity providers (Microsoft Entra ID, Google Workspace, any OpenID provider)
 * and the flow that signs people in with them. Settings: SSO_SECRET_KEY (seals client secrets), PUBLIC_URL.
 */
@Module({
  imports: [AuthModule, PeopleModule, SessionsModule],
  controllers: [SsoController],
  providers: [
    IdentityProvidersResolver,
    IdentityProvidersService,
    IdentityProvidersRepository,
    SsoFlowService,
    EmailDomainsService,
    {
      provide: SSO_SETTINGS,
      inject: [PUBLIC_URL],
      useFactory: (publicUrl: string): SsoSettings => {
        const production = process.env.NODE_ENV === 'production';
        return {
          box: secretBoxFrom(),
          clients: new OidcClients(authoritiesFrom(), production),
          redirectUri: `${publicUrl.replace(/\/+$/, '')}/files/directory/sso/callback`,
          publicUrl,
          production,
        };
      },
    },
  ],
})
export class SsoModule {}
