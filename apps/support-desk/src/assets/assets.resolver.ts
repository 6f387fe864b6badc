import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Can, CurrentActor } from '@trustops/service-kit';
import { AssetRow } from './assets.repository';
import { AssetsService } from './assets.service';
import { Asset, RegisterAssetInput } from './assets.types';

export const assetView = (a: AssetRow): Asset => ({
  id: a.id,
  tag: a.tag,
  type: a.type,
  model: a.model,
  school: { id: a.schoolId },
  assignedTo: a.assignedUserId ? { id: a.assignedUserId } : null,
});

@Resolver(() => Asset)
export class AssetsResolver {
  constructor(private readonly service: AssetsService) {}

  @Query(() => [Asset], {
    description: 'Devices of your schools, by tag; text matches the start of a tag or part of a model',
  })
  @Can('WORK_TICKETS')
  async assets(
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string,
    @Args('text', { nullable: true }) text?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return (await this.service.list(schoolId ?? null, text ?? null, first ?? 50)).map(assetView);
  }

  @Mutation(() => Asset)
  @Can('WORK_TICKETS')
  async registerAsset(@Args('input') input: RegisterAssetInput, @CurrentActor() actor: Actor) {
    return assetView(await this.service.register(actor, input));
  }
}
