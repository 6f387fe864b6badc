import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { AssetsRepository } from './assets.repository';
import { AssetsResolver } from './assets.resolver';
import { AssetsService } from './assets.service';
import { TicketAssetResolver } from './ticket-asset.resolver';

@Module({
  imports: [DirectoryCopiesModule],
  providers: [AssetsResolver, TicketAssetResolver, AssetsService, AssetsRepository],
  exports: [AssetsService],
})
export class AssetsModule {}
