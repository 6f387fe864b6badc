import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { RefreshRepository } from './refresh.repository';
import { RefreshResolver } from './refresh.resolver';
import { RefreshService } from './refresh.service';

/** Device refresh: fleet counts, refresh policies and the five-year plan. */
@Module({
  imports: [DirectoryCopiesModule],
  providers: [RefreshRepository, RefreshService, RefreshResolver],
})
export class RefreshModule {}
