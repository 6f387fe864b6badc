import { Module } from '@nestjs/common';
import { SchoolsRepository } from './schools.repository';
import { SchoolsResolver } from './schools.resolver';
import { SchoolsService } from './schools.service';

/** Exports the service: calendars check a school is the caller's with `require`. */
@Module({
  providers: [SchoolsResolver, SchoolsService, SchoolsRepository],
  exports: [SchoolsService],
})
export class SchoolsModule {}
