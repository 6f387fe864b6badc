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
import { RosterService } from './roster.service';

/** Roster sync: the trust's staff kept in step with its MIS (OneRoster CSV), previewed, then applied as a job. */
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
  ],
  exports: [RosterMembersRepository],
})
export class RosterModule {}
