import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, Connection } from '@trustops/service-kit';
import { User } from '../users/users.types';
import { AuditLogService } from './audit-log.service';
import { AuditConnection, AuditEntry } from './audit.types';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @ResolveField(() => User, {
    nullable: true,
    description: 'null for system changes or a member who has since left the trust',
  })
  actor(@Parent() entry: AuditEntry) {
    return this.log.actor(entry);
  }

  @Query(() => AuditConnection, { description: "Who changed what in your trust's directory, newest first" })
  @Can('ADMINISTER_TRUST')
  auditLog(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<AuditEntry>> {
    return this.log.page(first, after);
  }
}
