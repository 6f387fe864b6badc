import { Module } from '@nestjs/common';
import { DATA_SOURCE, ServiceKitModule, TOKEN_VERIFIER, createTokenVerifier } from '@trustops/service-kit';
import { DataSource } from 'typeorm';
import { AuditLogModule } from './audit/audit-log.module';
import { AuthModule } from './auth/auth.module';
import { signingKeysFor } from './auth/signing-keys';
import { CalendarEventEntity } from './calendar/calendar-event.entity';
import { CalendarModule } from './calendar/calendar.module';
import { DirectoryInitial1764000000000 } from './migrations/1764000000000-directory-initial';
import { MembershipScopeNotEmpty1764010000000 } from './migrations/1764010000000-membership-scope-not-empty';
import { SchoolEntity, SiteEntity } from './schools/school.entity';
import { NewSchoolModule } from './schools/new-school/new-school.module';
import { SchoolsModule } from './schools/schools.module';
import { SchoolClosedAt1764020000000 } from './migrations/1764020000000-school-closed-at';
import { TrustEntity } from './trusts/trust.entity';
import { MembershipEntity, UserEntity } from './users/user.entity';
import { UsersModule } from './users/users.module';
import { PeopleModule } from './people/people.module';
import { People1764030000000 } from './migrations/1764030000000-people';
import { FirstRun1764040000000 } from './migrations/1764040000000-first-run';
import { PasswordReset1764050000000 } from './migrations/1764050000000-password-reset';
import { MembershipNames1764060000000 } from './migrations/1764060000000-membership-names';
import { MemberSearch1764070000000 } from './migrations/1764070000000-member-search';
import { Sessions1765300000000 } from './migrations/1765300000000-sessions';
import { Mfa1765400000000 } from './migrations/1765400000000-mfa';
import { EmailChange1765500000000 } from './migrations/1765500000000-email-change';
import { PeopleSearchText1765600000000 } from './migrations/1765600000000-people-search-text';
import { IdentityProviders1765700000000 } from './migrations/1765700000000-identity-providers';
import { Roster1765800000000 } from './migrations/1765800000000-roster';
import { EmailDomains1765900000000 } from './migrations/1765900000000-email-domains';
import { RosterModule } from './roster/roster.module';
import { PasswordsModule } from './passwords/passwords.module';
import { SsoModule } from './sso/sso.module';
import { ProfileModule } from './profile/profile.module';
import { SessionsModule } from './sessions/sessions.module';
import { MfaModule } from './mfa/mfa.module';
import { NewTrustModule } from './trusts/new-trust/new-trust.module';

export const DIRECTORY = {
  name: 'directory',
  schema: 'directory',
  defaultPort: 4001,
  entities: [TrustEntity, SchoolEntity, SiteEntity, UserEntity, MembershipEntity, CalendarEventEntity],
  migrations: [
    DirectoryInitial1764000000000,
    MembershipScopeNotEmpty1764010000000,
    SchoolClosedAt1764020000000,
    People1764030000000,
    FirstRun1764040000000,
    PasswordReset1764050000000,
    MembershipNames1764060000000,
    MemberSearch1764070000000,
    Sessions1765300000000,
    Mfa1765400000000,
    EmailChange1765500000000,
    PeopleSearchText1765600000000,
    IdentityProviders1765700000000,
    Roster1765800000000,
    EmailDomains1765900000000,
  ],
  // Directory checks callers against its own memberships; the other services against their copies of them.
  memberTable: 'membership',
  // Directory holds the signing keys, so it verifies tokens with them directly rather than over HTTP.
  tokenVerifier: {
    provide: TOKEN_VERIFIER,
    inject: [DATA_SOURCE],
    useFactory: async (ds: DataSource) => createTokenVerifier({ jwks: (await signingKeysFor(ds)).jwks }),
  },
};

@Module({
  imports: [
    ServiceKitModule.forService(DIRECTORY),
    AuthModule,
    UsersModule,
    SchoolsModule,
    CalendarModule,
    NewSchoolModule,
    AuditLogModule,
    PeopleModule,
    NewTrustModule,
    PasswordsModule,
    SsoModule,
    RosterModule,
    ProfileModule,
    SessionsModule,
    MfaModule,
  ],
})
export class AppModule {}
