import { Injectable, Module } from '@nestjs/common';
import { DirectoryCopiesConsumer } from '@trustops/directory-copies';
import { ServiceKitModule } from '@trustops/service-kit';
import { InitiativeDependenciesService } from './initiatives/initiative-dependencies.service';
import { InitiativesResolver, ObjectiveInitiativesResolver } from './initiatives/initiatives.resolver';
import { InitiativesService } from './initiatives/initiatives.service';
import { MilestonesService } from './initiatives/milestones.service';
import { StrategyRoadmapInitial1764900000000 } from './migrations/1764900000000-strategy-roadmap-initial';
import { MeasuresResolver, ObjectivesResolver } from './objectives/objectives.resolver';
import { ObjectivesService } from './objectives/objectives.service';
import { ReferencesService, S } from './references/references.service';
import { RefreshResolver } from './refresh/refresh.resolver';
import { RisksResolver } from './risks/risks.resolver';
import { RisksService } from './risks/risks.service';
import { EventsService } from './shared';
import { StandardsResolver } from './standards/standards.resolver';
import { StandardsService } from './standards/standards.service';

export const STRATEGY_ROADMAP = {
  name: 'strategy-roadmap',
  schema: S,
  defaultPort: 4004,
  entities: [],
  migrations: [StrategyRoadmapInitial1764900000000],
};

/** Keeps the copies of schools current from directory's events. */
@Injectable()
export class DirectoryConsumerService extends DirectoryCopiesConsumer {
  protected readonly consumer = 'strategy-roadmap';
  protected readonly schema = S;
}

@Module({
  imports: [ServiceKitModule.forService(STRATEGY_ROADMAP)],
  providers: [
    ReferencesService,
    EventsService,
    DirectoryConsumerService,
    ObjectivesResolver,
    MeasuresResolver,
    ObjectivesService,
    InitiativesResolver,
    ObjectiveInitiativesResolver,
    InitiativesService,
    InitiativeDependenciesService,
    MilestonesService,
    StandardsResolver,
    StandardsService,
    RisksResolver,
    RisksService,
    RefreshResolver,
  ],
})
export class AppModule {}
