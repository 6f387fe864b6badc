import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { EventsModule } from '../events/events.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { StandardsRepository } from './standards.repository';
import { StandardsResolver } from './standards.resolver';
import { StandardsService } from './standards.service';

/** DfE standards, assessments and coverage; a gap becomes an initiative. */
@Module({
  imports: [InitiativesModule, DirectoryCopiesModule, EventsModule],
  providers: [StandardsRepository, StandardsService, StandardsResolver],
})
export class StandardsModule {}
