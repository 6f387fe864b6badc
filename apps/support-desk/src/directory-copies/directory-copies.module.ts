import { Module } from '@nestjs/common';
import { DirectoryConsumerService } from './directory-consumer.service';
import { DirectoryCopiesRepository } from './directory-copies.repository';
import { DirectoryCopiesService } from './directory-copies.service';
import { TrustCache } from './trust-cache';

/** The desk's copies of directory data (kept current from its events) and the per-trust cache others use too. */
@Module({
  providers: [DirectoryCopiesService, DirectoryCopiesRepository, TrustCache, DirectoryConsumerService],
  exports: [DirectoryCopiesService, TrustCache],
})
export class DirectoryCopiesModule {}
