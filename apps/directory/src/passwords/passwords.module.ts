import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { PeopleModule } from '../people/people.module';
import { UsersModule } from '../users/users.module';
import { PasswordsRepository } from './passwords.repository';
import { PasswordsResolver } from './passwords.resolver';
import { PasswordsService } from './passwords.service';

/** Forgotten and changed passwords; mail through the people module's mailer. */
@Module({
  imports: [PeopleModule, UsersModule, SessionsModule],
  providers: [PasswordsResolver, PasswordsService, PasswordsRepository],
  exports: [PasswordsService, PasswordsRepository],
})
export class PasswordsModule {}
