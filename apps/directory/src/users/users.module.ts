import { Module } from '@nestjs/common';
import { TrustsModule } from '../trusts/trusts.module';
import { MembershipsRepository } from './memberships.repository';
import { UsersRepository } from './users.repository';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Exports the repositories sign-in reads (auth) and the service the audit log resolves actors with. */
@Module({
  imports: [TrustsModule],
  providers: [UsersResolver, UsersService, UsersRepository, MembershipsRepository],
  exports: [UsersService, UsersRepository, MembershipsRepository],
})
export class UsersModule {}
