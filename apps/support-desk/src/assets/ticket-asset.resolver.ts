import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { TicketEntity } from '../tickets/ticket.entity';
import { Ticket } from '../tickets/tickets.types';
import { assetView } from './assets.resolver';
import { AssetsService } from './assets.service';
import { Asset } from './assets.types';

/** Ticket.asset: the device a ticket is about, added to the Ticket type by the assets feature. */
@Resolver(() => Ticket)
export class TicketAssetResolver {
  constructor(private readonly assets: AssetsService) {}

  @ResolveField(() => Asset, { nullable: true })
  async asset(@Parent() t: TicketEntity) {
    const asset = t.assetId ? await this.assets.get(t.assetId) : null;
    return asset ? assetView(asset) : null;
  }
}
