import { Injectable } from '@nestjs/common';
import { UserUpdated } from '@trustops/contracts';
import { Actor, AuditService, OutboxService, TenantDb, text } from '@trustops/service-kit';
import { PeopleRepository } from '../people/people.repository';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { User } from '../users/users.types';

/** What a person changes about themselves (their name; their email by EmailChangeService), everywhere they are a member. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: TenantDb,
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async rename(actor: Actor, displayName: string): Promise<User> {
    const name = text('displayName', displayName, 'name', { label: 'Your name' });
    const [before, after] = await this.db.runAsSystem(async (em) => {
      const old = await this.users.profileOf(em, actor.userId);
      await em.query('UPDATE directory.app_user SET display_name = $2 WHERE id = $1', [actor.userId, name]);
      return [old!, (await this.users.profileOf(em, actor.userId))!];
    });
    await this.announce(before, after, 'renamed');
    return after;
  }

  /**
   * Each trust's membership of the account follows it, in that trust's transaction: audited there, and
   * `user.updated` so every service's copy names (and mails) them anew.
   */
  async announce(before: User, after: User, action: string): Promise<void> {
    await this.accounts.inEachTrustOf(after.id, async () => {
      await this.people.setDetails(after.id, after.displayName, after.email);
      await this.audit.record({
        entity: 'user',
        entityId: after.id,
        action,
        before: { displayName: before.displayName, email: before.email },
        after: { displayName: after.displayName, email: after.email },
      });
      await this.outbox.add('user.updated', {
        userId: after.id,
        displayName: after.displayName,
        email: after.email,
      } satisfies UserUpdated);
    });
  }
}
