import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { EventsModule } from '../events/events.module';
import { ObjectivesModule } from '../objectives/objectives.module';
import { InitiativeDependenciesRepository } from './initiative-dependencies.repository';
import { InitiativeDependenciesService } from './initiative-dependencies.service';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesResolver, ObjectiveInitiativesResolver } from './initiatives.resolver';
import { InitiativesService } from './initiatives.service';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesService } from './milestones.service';

/** Initiatives with their dependencies and milestones. Standards and risks use the service. */
@Module({
  imports: [ObjectivesModule, DirectoryCopiesModule, EventsModule],
  providers: [
    InitiativesRepository,
    InitiativesService,
    InitiativesResolver,
    ObjectiveInitiativesResolver,
    InitiativeDependenciesRepository,
    InitiativeDependenciesService,
    MilestonesRepository,
    MilestonesService,
  ],
  exports: [InitiativesService],
})
export class InitiativesModule {}
