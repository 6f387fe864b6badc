import { Injectable } from '@nestjs/common';
import { Actor, TenantDb, text } from '@trustops/service-kit';
import { PeopleRepository } from '../people/people.repository';
import { PeopleService } from '../people/people.service';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { User } from '../users/users.types';

/** What a person changes about themselves: their name, everywhere they are a member. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: TenantDb,
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly people: PeopleRepository,
    private readonly members: PeopleService,
  ) {}

  /**
   * The account's name, then each trust's membership of it (in that trust's transaction: audited there, and
   * `membership.changed` so every service's copy names them anew).
   */
  async rename(actor: Actor, displayName: string): Promise<User> {
    const name = text('displayName', displayName, 'name', { label: 'Your name' });
    const user = await this.db.runAsSystem(async (em) => {
      await em.query('UPDATE directory.app_user SET display_name = $2 WHERE id = $1', [actor.userId, name]);
      return this.users.profileOf(em, actor.userId);
    });
    await this.accounts.inEachTrustOf(actor.userId, async () => {
      const before = await this.people.member(actor.userId);
      if (!before) return;
      await this.people.rename(actor.userId, name);
      await this.members.record({ ...before, displayName: name }, 'renamed', before);
    });
    return user!;
  }
}
