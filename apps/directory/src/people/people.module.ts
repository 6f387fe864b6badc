import { Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { Mailer, mailSettingsFrom } from '@trustops/mail';
import { AuthModule } from '../auth/auth.module';
import { TrustsModule } from '../trusts/trusts.module';
import { UsersModule } from '../users/users.module';
import { InvitationsService, PEOPLE_MAILER, PUBLIC_URL } from './invitations.service';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/**
 * Members and invitations; mail goes over SMTP_URL, and links point at PUBLIC_URL (the dashboard). Exports what a
 * new trust needs to make its first member.
 */
@Module({
  imports: [AuthModule, TrustsModule, UsersModule],
  providers: [
    PeopleResolver,
    PeopleService,
    InvitationsService,
    PeopleRepository,
    { provide: PEOPLE_MAILER, useFactory: () => new Mailer(mailSettingsFrom()) },
    { provide: PUBLIC_URL, useFactory: () => process.env.PUBLIC_URL ?? 'http://localhost:5173' },
  ],
  exports: [PeopleService, PeopleRepository, InvitationsService, PEOPLE_MAILER, PUBLIC_URL],
})
export class PeopleModule implements OnApplicationShutdown {
  constructor(@Inject(PEOPLE_MAILER) private readonly mailer: Mailer) {}

  onApplicationShutdown(): void {
    this.mailer.close();
  }
}
