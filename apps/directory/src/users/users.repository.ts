import { Injectable } from '@nestjs/common';
import { TenantDb } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';
import { User } from './users.types';

/** A user with the hash of their password: only sign-in ever reads it. */
export interface UserWithPassword extends User {
  passwordHash: string;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly db: TenantDb) {}

  /** Visible only while the user is a member of the caller's trust (RLS on app_user). */
  byId(id: string): Promise<UserEntity | null> {
    return this.db.repo(UserEntity).findOneBy({ id });
  }

  /**
   * The following read across every trust, so they take the system role's EntityManager (`runAsSystem`): sign-in
   * and trust switching happen before a trust is known or for another trust than the token's.
   */
  async withPasswordByEmail(em: EntityManager, email: string): Promise<UserWithPassword | null> {
    const [user] = await em.query(
      'SELECT id, email, display_name AS "displayName", password_hash AS "passwordHash" FROM directory.app_user WHERE lower(email) = lower($1)',
      [email],
    );
    return user ?? null;
  }

  async profileOf(em: EntityManager, id: string): Promise<User | null> {
    const [user] = await em.query(
      'SELECT id, email, display_name AS "displayName" FROM directory.app_user WHERE id = $1',
      [id],
    );
    return user ?? null;
  }
}
