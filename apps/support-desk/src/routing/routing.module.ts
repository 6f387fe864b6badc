import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { RoutingRepository } from './routing.repository';
import { RoutingResolver } from './routing.resolver';
import { RoutingService } from './routing.service';

@Module({
  imports: [DirectoryCopiesModule],
  providers: [RoutingResolver, RoutingService, RoutingRepository],
  exports: [RoutingService],
})
export class RoutingModule {}
