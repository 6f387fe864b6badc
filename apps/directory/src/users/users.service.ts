import { Injectable } from '@nestjs/common';
import { Actor, TenantDb, unauthenticated } from '@trustops/service-kit';
import { TrustEntity } from '../trusts/trust.entity';
import { MembershipsRepository } from './memberships.repository';
import { UserEntity } from './user.entity';
import { Me } from './users.types';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly memberships: MembershipsRepository,
  ) {}

  async me(actor: Actor): Promise<Me> {
    // One connection per transaction: one query at a time.
    const user = await this.db.repo(UserEntity).findOneBy({ id: actor.userId });
    const trust = await this.db.repo(TrustEntity).findOneBy({ id: actor.trustId });
    // The membership was removed after the token was issued: the token no longer speaks for anyone.
    if (!user || !trust) throw unauthenticated('Your membership of this trust has ended; sign in again');
    const memberships = await this.db.runAsSystem((em) => this.memberships.ofUser(em, actor.userId));
    return { ...user, role: actor.role, trust, memberships };
  }

  /** Visible only while the user is a member of the caller's trust (RLS on app_user). */
  byId(id: string): Promise<UserEntity | null> {
    return this.db.repo(UserEntity).findOneBy({ id });
  }
}
