import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { Actor, AuditService, TenantDb, TOKEN_LIFETIME_SECONDS } from '@trustops/service-kit';
import { MembershipsRepository, MembershipView } from '../users/memberships.repository';
import { UsersRepository } from '../users/users.repository';
import { AuthPayload } from '../users/users.types';
import { noMembership, notAMemberOf, wrongCredentials } from './auth.errors';
import { SignInLimiter } from './sign-in-limiter';
import { SigningKeys } from './signing-keys';

export const SIGNING_KEYS = Symbol('SIGNING_KEYS');

@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash = '';

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly limiter: SignInLimiter,
    @Inject(SIGNING_KEYS) private readonly keys: SigningKeys,
  ) {}

  async onModuleInit() {
    this.dummyHash = await hash('not-anyone-s-password');
  }

  async signIn(typedEmail: string, password: string, address: string): Promise<AuthPayload> {
    const email = typedEmail.trim();
    const found = await this.limiter.attempt(email, address, () => this.checkPassword(email, password));
    if (!found) throw wrongCredentials();
    if (!found.memberships.length) throw noMembership();
    const { passwordHash: _ignored, ...user } = found.user;
    return this.issue(user, found.memberships, found.memberships[0], 'signed_in');
  }

  private checkPassword(email: string, password: string) {
    return this.db.runAsSystem(async (em) => {
      const user = await this.users.withPasswordByEmail(em, email);
      // Verify against a dummy hash (same argon2 parameters as real ones) when there is no user, so both refusals take the same time.
      const ok = await verify(user?.passwordHash ?? this.dummyHash, password).catch(() => false);
      return ok && user ? { user, memberships: await this.memberships.ofUser(em, user.id) } : null;
    });
  }

  async switchTrust(actor: Actor, trustId: string): Promise<AuthPayload> {
    return this.issueFor(actor.userId, trustId, 'switched_trust');
  }

  /** Straight after joining a trust (an accepted invitation): signed in to that trust. */
  signInMember(userId: string, trustId: string): Promise<AuthPayload> {
    return this.issueFor(userId, trustId, 'signed_in');
  }

  private async issueFor(userId: string, trustId: string, action: string): Promise<AuthPayload> {
    const found = await this.db.runAsSystem(async (em) => {
      const user = await this.users.profileOf(em, userId);
      return user ? { user, memberships: await this.memberships.ofUser(em, userId) } : null;
    });
    const target = found?.memberships.find((m) => m.trust.id === trustId);
    if (!found || !target) throw notAMemberOf(trustId);
    return this.issue(found.user, found.memberships, target, action);
  }

  private async issue(
    user: AuthPayload['user'],
    memberships: MembershipView[],
    current: MembershipView,
    action: string,
  ): Promise<AuthPayload> {
    const claims = {
      sub: user.id,
      trust: current.trust.id,
      role: current.role,
      ...(current.schoolIds ? { schools: current.schoolIds } : {}),
    };
    const { token, expiresAt } = await this.keys.sign(claims, TOKEN_LIFETIME_SECONDS);
    const actor: Actor = {
      userId: user.id,
      trustId: current.trust.id,
      role: current.role,
      schoolIds: current.schoolIds,
    };
    await this.db.runInTenant(actor, () => this.audit.record({ entity: 'session', entityId: user.id, action }));
    return { accessToken: token, expiresAt, role: current.role, user, trust: current.trust, memberships };
  }
}
