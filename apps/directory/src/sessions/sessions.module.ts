import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PeopleModule } from '../people/people.module';
import { UsersModule } from '../users/users.module';
import { SessionsController } from './sessions.controller';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

/** Sessions that can be ended: renewal by rotating refresh token, signing out here and everywhere. */
@Module({
  imports: [AuthModule, PeopleModule, UsersModule],
  controllers: [SessionsController],
  providers: [SessionsService, SessionsResolver],
  exports: [SessionsService],
})
export class SessionsModule {}
