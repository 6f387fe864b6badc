import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../../directory-copies/directory-copies.module';
import { TicketEventsService } from '../ticket-events.service';
import { SlaRepository } from './sla.repository';
import { SlaTargetsResolver } from './sla-targets.resolver';
import { SlaTargetsService } from './sla-targets.service';
import { SlaWatchService } from './sla-watch.service';

/** SLA targets per trust and the watcher that raises warnings and breaches; tickets take their targets from here. */
@Module({
  imports: [DirectoryCopiesModule],
  providers: [SlaTargetsResolver, SlaTargetsService, SlaWatchService, SlaRepository, TicketEventsService],
  exports: [SlaTargetsService],
})
export class SlaModule {}
