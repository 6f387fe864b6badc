import { Module } from '@nestjs/common';
import { PasswordsModule } from '../passwords/passwords.module';
import { PeopleModule } from '../people/people.module';
import { UsersModule } from '../users/users.module';
import { EmailChangeRepository } from './email-change.repository';
import { EmailChangeService } from './email-change.service';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';

@Module({
  imports: [PeopleModule, UsersModule, PasswordsModule],
  providers: [ProfileResolver, ProfileService, EmailChangeService, EmailChangeRepository],
})
export class ProfileModule {}
