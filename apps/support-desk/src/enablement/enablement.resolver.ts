import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Can, DateScalar } from '@trustops/service-kit';
import { EnablementService } from './enablement.service';
import { EnablementShare } from './enablement.types';

/** Figures the desk exposes for reporting (leadership reporting keeps its own rollups from events). */
@Resolver()
export class EnablementResolver {
  constructor(private readonly enablement: EnablementService) {}

  @Query(() => [EnablementShare], {
    description: 'Enablement share per school per month for tickets raised from..to (inclusive)',
  })
  @Can('SEE_ENABLEMENT')
  enablementShare(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('schoolIds', { type: () => [ID], nullable: true }) schoolIds?: string[],
  ): Promise<EnablementShare[]> {
    return this.enablement.shares(from, to, schoolIds ?? null);
  }
}
