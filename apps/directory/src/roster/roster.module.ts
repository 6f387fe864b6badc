import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { RosterApplyService } from './roster-apply.service';
import { RosterMembersRepository } from './roster-members.repository';
import { RosterQueue } from './roster-queue';
import { RosterRunnerService } from './roster-runner.service';
import { RosterController } from './roster.controller';
import { RosterRepository } from './roster.repository';
import {
  MemberSourcesResolver,
  RosterPreviewResolver,
  RosterRunsResolver,
  RosterSourcesResolver,
} from './roster.resolver';
import { ROSTER_SETTINGS, RosterService } from './roster.service';
import { RosterScheduleService } from './roster-schedule.service';
import { secretBoxFrom } from '../sso/secret-box';

/**
 * Roster sync: the trust's staff kept in step with its MIS (OneRoster CSV uploads, or Wonde on a schedule),
 * previewed, then applied as a job. Settings: SSO_SECRET_KEY (seals Wonde tokens), ROSTER_NIGHTLY, ROSTER_WEEKLY.
 */
@Module({
  imports: [PeopleModule],
  controllers: [RosterController],
  providers: [
    RosterSourcesResolver,
    RosterPreviewResolver,
    RosterRunsResolver,
    MemberSourcesResolver,
    RosterService,
    RosterRepository,
    RosterMembersRepository,
    RosterApplyService,
    RosterQueue,
    RosterRunnerService,
    RosterScheduleService,
    {
      provide: ROSTER_SETTINGS,
      useFactory: () => ({ box: secretBoxFrom(), production: process.env.NODE_ENV === 'production' }),
    },
  ],
  exports: [RosterMembersRepository],
})
export class RosterModule {}
