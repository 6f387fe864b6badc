import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { PeopleModule } from '../../people/people.module';
import { TrustsModule } from '../trusts.module';
import { NewTrustResolver } from './new-trust.resolver';
import { NewTrustService } from './new-trust.service';

/** Exports the service the operator command (`pnpm admin create-trust`) calls. */
@Module({
  imports: [AuthModule, PeopleModule, TrustsModule],
  providers: [NewTrustResolver, NewTrustService],
  exports: [NewTrustService],
})
export class NewTrustModule {}
