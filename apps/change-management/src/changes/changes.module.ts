import { Module } from '@nestjs/common';
import { DirectoryCopiesModule } from '../directory-copies/directory-copies.module';
import { EventsModule } from '../events/events.module';
import { ChangeApprovalService } from './change-approval.service';
import { ChangeCalendarService } from './change-calendar.service';
import { ChangeConsentService } from './change-consent.service';
import { ChangeSchedulingService } from './change-scheduling.service';
import { ChangesRepository } from './changes.repository';
import { ChangesResolver } from './changes.resolver';
import { ChangesService } from './changes.service';

/** Change requests: approval, scheduling around freezes, educator consent, the change calendar. */
@Module({
  imports: [DirectoryCopiesModule, EventsModule],
  providers: [
    ChangesRepository,
    ChangesService,
    ChangeApprovalService,
    ChangeSchedulingService,
    ChangeConsentService,
    ChangeCalendarService,
    ChangesResolver,
  ],
  // Incidents link changes and ask who approved and implemented them.
  exports: [ChangesRepository],
})
export class ChangesModule {}
