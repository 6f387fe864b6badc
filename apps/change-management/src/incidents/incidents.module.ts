import { Module } from '@nestjs/common';
import { ChangesModule } from '../changes/changes.module';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { EventsModule } from '../events/events.module';
import { IncidentWatchRepository } from './incident-watch.repository';
import { IncidentWatchService } from './incident-watch.service';
import { IncidentsRepository } from './incidents.repository';
import { IncidentsResolver } from './incidents.resolver';
import { IncidentsService } from './incidents.service';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

/** Incidents, the ICO clock and its watcher, and the independent review with its actions. */
@Module({
  imports: [ChangesModule, DirectoryCopiesModule, EventsModule],
  providers: [
    IncidentsRepository,
    IncidentsService,
    IncidentsResolver,
    ReviewsRepository,
    ReviewsService,
    ReviewsResolver,
    IncidentWatchRepository,
    IncidentWatchService,
  ],
})
export class IncidentsModule {}
