import { Module } from '@nestjs/common';
import { ApprovedAppsRepository } from './approved-apps.repository';
import { ApprovedAppsResolver } from './approved-apps.resolver';
import { ApprovedAppsService } from './approved-apps.service';

/** The trust's approved-apps register. */
@Module({
  providers: [ApprovedAppsRepository, ApprovedAppsService, ApprovedAppsResolver],
  // Tech requests add the apps they approve.
  exports: [ApprovedAppsService],
})
export class ApprovedAppsModule {}
