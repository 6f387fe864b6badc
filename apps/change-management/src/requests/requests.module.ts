import { Module } from '@nestjs/common';
import { ApprovedAppsModule } from '../approved-apps/approved-apps.module';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { EventsModule } from '../events/events.module';
import { RequestsRepository } from './requests.repository';
import { RequestsResolver } from './requests.resolver';
import { RequestsService } from './requests.service';

/** Tech requests: the explained "no" and the one appeal (seed 001). */
@Module({
  imports: [ApprovedAppsModule, DirectoryCopiesModule, EventsModule],
  providers: [RequestsRepository, RequestsService, RequestsResolver],
})
export class RequestsModule {}
