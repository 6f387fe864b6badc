import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { UsersModule } from '../users/users.module';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';

@Module({
  imports: [PeopleModule, UsersModule],
  providers: [ProfileResolver, ProfileService],
})
export class ProfileModule {}
