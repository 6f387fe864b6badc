import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { ObjectivesRepository } from './objectives.repository';
import { MeasuresResolver, ObjectivesResolver } from './objectives.resolver';
import { ObjectivesService } from './objectives.service';

/** Objectives and their measures. Initiatives use the service to check the objectives they serve. */
@Module({
  imports: [EventsModule],
  providers: [ObjectivesRepository, ObjectivesService, ObjectivesResolver, MeasuresResolver],
  exports: [ObjectivesService],
})
export class ObjectivesModule {}
