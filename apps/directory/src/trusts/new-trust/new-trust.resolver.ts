import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@trustops/service-kit';
import { AuthPayload } from '../../users/users.types';
import { SetUpTrustInput } from '../trusts.types';
import { NewTrustService } from './new-trust.service';

@Resolver()
export class NewTrustResolver {
  constructor(private readonly newTrusts: NewTrustService) {}

  @Public()
  @Query(() => Boolean, {
    description: 'true on a fresh install with no trust yet: the dashboard shows first-run setup',
  })
  setupNeeded() {
    return this.newTrusts.setupNeeded();
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'First run only: the first trust and its IT director, signed in (SETUP_DONE once a trust exists)',
  })
  setUpTrust(@Args('input') input: SetUpTrustInput) {
    return this.newTrusts.setUp(input);
  }
}
