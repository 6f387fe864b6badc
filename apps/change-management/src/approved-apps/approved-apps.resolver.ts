import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can } from '@trustops/service-kit';
import { AppRow } from './approved-apps.repository';
import { ApprovedAppsService } from './approved-apps.service';
import { ApprovedApp, DpiaStatus } from './approved-apps.types';

const appView = (a: AppRow): ApprovedApp => ({ ...a, schools: a.schoolIds?.map((id) => ({ id })) ?? null });

@Resolver(() => ApprovedApp)
export class ApprovedAppsResolver {
  constructor(private readonly apps: ApprovedAppsService) {}

  @Query(() => [ApprovedApp], { description: 'The approved-apps register; text matches name, vendor or purpose' })
  @Can('SEE_APPROVED_APPS')
  async approvedApps(@Args('text', { nullable: true }) text?: string) {
    return (await this.apps.search(text ?? null)).map(appView);
  }

  // Those who decide tech requests keep the register they feed, its DPIA status included.
  @Mutation(() => ApprovedApp)
  @Can('DECIDE_TECH_REQUESTS')
  async setAppDpiaStatus(
    @Args('appId', { type: () => ID }) appId: string,
    @Args('status', { type: () => DpiaStatus }) status: DpiaStatus,
  ) {
    return appView(await this.apps.setDpia(appId, status));
  }
}
