import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { EventsModule } from '../events/events.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { RisksRepository } from './risks.repository';
import { RisksResolver } from './risks.resolver';
import { RisksService } from './risks.service';

/** The risk register, with the initiatives and incidents that bear on each risk. */
@Module({
  imports: [InitiativesModule, DirectoryCopiesModule, EventsModule],
  providers: [RisksRepository, RisksService, RisksResolver],
})
export class RisksModule {}
