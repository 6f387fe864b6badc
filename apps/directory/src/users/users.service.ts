import { Injectable } from '@nestjs/common';
import { Actor, TenantDb, unauthenticated } from '@trustops/service-kit';
import { TrustsRepository } from '../trusts/trusts.repository';
import { MembershipsRepository } from './memberships.repository';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { Me } from './users.types';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly users: UsersRepository,
    private readonly trusts: TrustsRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  async me(actor: Actor): Promise<Me> {
    // One connection per transaction: one query at a time.
    const user = await this.users.byId(actor.userId);
    const trust = await this.trusts.byId(actor.trustId);
    // The membership was removed after the token was issued: the token no longer speaks for anyone.
    if (!user || !trust) throw unauthenticated('Your membership of this trust has ended; sign in again');
    const memberships = await this.db.runAsSystem((em) => this.memberships.ofUser(em, actor.userId));
    if (!memberships.some((m) => m.trust.id === actor.trustId))
      throw unauthenticated('Your membership of this trust is suspended; ask your IT director');
    return { ...user, role: actor.role, trust, memberships };
  }

  /**
   * Runs `work` as the account in each trust it belongs to, each in that trust's own transaction (its audit rows
   * and events land in that trust): for what changes the account itself, a password or a name.
   */
  async inEachTrustOf(userId: string, work: () => Promise<void>): Promise<void> {
    const trusts = await this.db.runAsSystem((em) => this.memberships.trustsOf(em, userId));
    for (const { trustId, role } of trusts) await this.db.runInTenant({ userId, trustId, role, schoolIds: null }, work);
  }

  /** Visible only while the user is a member of the caller's trust (RLS on app_user). */
  byId(id: string): Promise<UserEntity | null> {
    return this.users.byId(id);
  }
}
