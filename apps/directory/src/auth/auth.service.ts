import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { Actor, AuditService, DomainError, notFound, TenantDb, TOKEN_LIFETIME_SECONDS } from '@trustops/service-kit';
import { MembershipsRepository, MembershipView } from '../users/memberships.repository';
import { AuthPayload } from '../users/users.types';
import { SignInLimiter } from './sign-in-limiter';
import { SigningKeys } from './signing-keys';

export const SIGNING_KEYS = Symbol('SIGNING_KEYS');

/** The same refusal for an unknown email and a wrong password, so sign-in does not reveal who has an account. */
const wrongCredentials = () => new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED', 'Email or password is incorrect');

@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash = '';

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly memberships: MembershipsRepository,
    private readonly limiter: SignInLimiter,
    @Inject(SIGNING_KEYS) private readonly keys: SigningKeys,
  ) {}

  async onModuleInit() {
    this.dummyHash = await hash('not-anyone-s-password');
  }

  async signIn(email: string, password: string, address: string): Promise<AuthPayload> {
    const found = await this.limiter.attempt(email, address, () => this.checkPassword(email, password));
    if (!found) throw wrongCredentials();
    if (!found.memberships.length) {
      throw new DomainError(
        'FORBIDDEN',
        'FORBIDDEN',
        'Your account is not a member of any trust yet; ask your IT director to add you',
      );
    }
    const { passwordHash: _ignored, ...user } = found.user;
    return this.issue(user, found.memberships, found.memberships[0], 'signed_in');
  }

  private checkPassword(email: string, password: string) {
    return this.db.runAsSystem(async (em) => {
      const [user] = await em.query(
        'SELECT id, email, display_name AS "displayName", password_hash AS "passwordHash" FROM directory.app_user WHERE lower(email) = lower($1)',
        [email],
      );
      // Verify against a dummy hash (same argon2 parameters as real ones) when there is no user, so both refusals take the same time.
      const ok = await verify(user?.passwordHash ?? this.dummyHash, password).catch(() => false);
      return ok && user ? { user, memberships: await this.memberships.ofUser(em, user.id) } : null;
    });
  }

  async switchTrust(actor: Actor, trustId: string): Promise<AuthPayload> {
    const found = await this.db.runAsSystem(async (em) => {
      const [user] = await em.query(
        'SELECT id, email, display_name AS "displayName" FROM directory.app_user WHERE id = $1',
        [actor.userId],
      );
      return user ? { user, memberships: await this.memberships.ofUser(em, actor.userId) } : null;
    });
    const target = found?.memberships.find((m) => m.trust.id === trustId);
    if (!found || !target) throw notFound('TRUST_NOT_FOUND', 'You are not a member of that trust', { trustId });
    return this.issue(found.user, found.memberships, target, 'switched_trust');
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
