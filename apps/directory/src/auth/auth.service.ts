import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { Actor, AuditService, Clock, TenantDb, TOKEN_LIFETIME_SECONDS } from '@trustops/service-kit';
import { EntityManager } from 'typeorm';
import { passwordTurnedOffBy } from '../sso/password-rule';
import { passwordSignInOff, ssoSessionHeld } from '../sso/sso.errors';
import { mfaRequired } from '../mfa/mfa.errors';
import { MfaService } from '../mfa/mfa.service';
import { newLinkToken } from '../people/link-token';
import { SESSION_LIMITS } from '../sessions/session-rules';
import { sessionEnded } from '../sessions/sessions.errors';
import { SessionsRepository } from '../sessions/sessions.repository';
import { MembershipsRepository, MembershipView } from '../users/memberships.repository';
import { UsersRepository } from '../users/users.repository';
import { AuthPayload, User } from '../users/users.types';
import { noMembership, notAMemberOf, wrongCredentials } from './auth.errors';
import { SignInLimiter } from './sign-in-limiter';
import { SigningKeys } from './signing-keys';

export const SIGNING_KEYS = Symbol('SIGNING_KEYS');

export interface Account {
  user: User;
  memberships: MembershipView[];
}

/**
 * Signing in: a password (or an accepted invitation) opens a session, and every payload carries a 15-minute access
 * token for one trust. The session's refresh token renews it (SessionsService); a sign-in hands the dashboard a
 * one-time `sessionHandoff` to exchange for it.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash = '';

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly sessions: SessionsRepository,
    private readonly limiter: SignInLimiter,
    private readonly mfa: MfaService,
    private readonly clock: Clock,
    @Inject(SIGNING_KEYS) private readonly keys: SigningKeys,
  ) {}

  async onModuleInit() {
    this.dummyHash = await hash('not-anyone-s-password');
  }

  async signIn(typedEmail: string, password: string, address: string): Promise<AuthPayload> {
    const email = typedEmail.trim();
    const found = await this.limiter.attempt(email, address, () => this.checkPassword(email, password));
    if (!found) throw wrongCredentials();
    if (!found.account.memberships.length) throw noMembership();
    if (found.providerOnly) throw passwordSignInOff(found.providerOnly);
    if (found.secondStep !== 'none')
      throw mfaRequired(await this.mfa.openChallenge(found.account.user.id), found.secondStep === 'enrol');
    return this.startSession(found.account, found.account.memberships[0]);
  }

  /** The second step of a sign-in: a code for the challenge the password gave; signed in to the first trust. */
  async verifySignIn(challenge: string, code: string, address: string): Promise<AuthPayload> {
    const { userId, recoveryCodes } = await this.mfa.verify(challenge, code, address);
    const account = await this.db.runAsSystem((em) => this.accountOf(em, userId));
    if (!account?.memberships.length) throw noMembership();
    return { ...(await this.startSession(account, account.memberships[0])), recoveryCodes };
  }

  private checkPassword(email: string, password: string) {
    return this.db.runAsSystem(async (em) => {
      const user = await this.users.withPasswordByEmail(em, email);
      // Verify against a dummy hash (same argon2 parameters as real ones) when there is no user, so both refusals take the same time.
      const ok = await verify(user?.passwordHash ?? this.dummyHash, password).catch(() => false);
      if (!ok || !user) return null;
      const { passwordHash: _ignored, ...profile } = user;
      const account: Account = { user: profile, memberships: await this.memberships.ofUser(em, user.id) };
      return {
        account,
        secondStep: await this.mfa.secondStep(em, user.id),
        providerOnly: await passwordTurnedOffBy(em, user.id, user.email),
      };
    });
  }

  /** Another trust of the caller's, in the same session (a reload stays in it). */
  async switchTrust(actor: Actor, trustId: string): Promise<AuthPayload> {
    const account = await this.db.runAsSystem(async (em) => {
      const found = await this.accountOf(em, actor.userId);
      if (!found?.memberships.some((m) => m.trust.id === trustId)) return found;
      // Only an open session gives new tokens: signed out, ended as a copy or past its life, it gives none.
      const moved = actor.sessionId
        ? await this.sessions.moveTo(em, actor.sessionId, actor.userId, trustId, this.clock.now())
        : 'ended';
      if (moved === 'ended') throw sessionEnded();
      // Signed in at a trust's identity provider: that trust vouched for this session, no other did.
      if (moved === 'single-trust') throw ssoSessionHeld();
      return found;
    });
    const target = account?.memberships.find((m) => m.trust.id === trustId);
    if (!account || !target) throw notAMemberOf(trustId);
    await this.record(account.user.id, target, actor.sessionId, 'switched_trust');
    return this.tokenFor(account, target, actor.sessionId);
  }

  /**
   * Straight after joining a trust (an accepted invitation, a new trust): signed in to that trust. Someone who
   * already uses an authenticator app (an MSP engineer joining with their password) still gives a code.
   */
  async signInMember(userId: string, trustId: string): Promise<AuthPayload> {
    const found = await this.db.runAsSystem(async (em) => ({
      account: await this.accountOf(em, userId),
      secondStep: await this.mfa.secondStep(em, userId),
    }));
    const target = found.account?.memberships.find((m) => m.trust.id === trustId);
    if (!found.account || !target) throw notAMemberOf(trustId);
    if (found.secondStep === 'code') throw mfaRequired(await this.mfa.openChallenge(userId), false);
    const lifeMs = found.secondStep === 'enrol' ? SESSION_LIMITS.withoutSecondStepMs : SESSION_LIMITS.maxMs;
    return this.startSession(found.account, target, lifeMs);
  }

  /**
   * Signed in by the trust's identity provider (single sign-on): the same session as a password gives, without
   * TrustOps' own second step (the provider's MFA stands).
   */
  async signInByProvider(userId: string, trustId: string): Promise<AuthPayload> {
    const account = await this.db.runAsSystem((em) => this.accountOf(em, userId));
    const target = account?.memberships.find((m) => m.trust.id === trustId);
    if (!account || !target) throw notAMemberOf(trustId);
    return this.startSession(account, target, SESSION_LIMITS.maxMs, true);
  }

  /** The account and its active memberships, in the caller's system transaction. */
  async accountOf(em: EntityManager, userId: string): Promise<Account | null> {
    const user = await this.users.profileOf(em, userId);
    return user ? { user, memberships: await this.memberships.ofUser(em, userId) } : null;
  }

  /** A payload with a new access token for `current`, in session `sessionId`. */
  async tokenFor(account: Account, current: MembershipView, sessionId?: string): Promise<AuthPayload> {
    const claims = {
      sub: account.user.id,
      trust: current.trust.id,
      role: current.role,
      ...(current.schoolIds ? { schools: current.schoolIds } : {}),
      ...(sessionId ? { sid: sessionId } : {}),
    };
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const validFrom = current.tokensValidFrom ? Math.ceil(current.tokensValidFrom.getTime() / 1000) : 0;
    const { token, expiresAt } = await this.keys.sign(claims, TOKEN_LIFETIME_SECONDS, Math.max(now, validFrom));
    return {
      accessToken: token,
      expiresAt,
      role: current.role,
      user: account.user,
      trust: current.trust,
      memberships: account.memberships,
      sessionId,
    };
  }

  private async startSession(
    account: Account,
    current: MembershipView,
    lifeMs = SESSION_LIMITS.maxMs,
    singleTrust = false,
  ): Promise<AuthPayload> {
    const now = this.clock.now().getTime();
    const handoff = newLinkToken();
    const sessionId = await this.db.runAsSystem(async (em) => {
      const id = await this.sessions.open(em, account.user.id, current.trust.id, new Date(now + lifeMs), singleTrust);
      await this.sessions.addToken(em, id, handoff.hash, new Date(now + SESSION_LIMITS.handoffMs), true);
      return id;
    });
    await this.record(account.user.id, current, sessionId, 'signed_in');
    return { ...(await this.tokenFor(account, current, sessionId)), sessionHandoff: handoff.token };
  }

  /** A session's audit row, in the trust it is in (the entity is the session; older tokens have none: the user). */
  async record(userId: string, current: MembershipView, sessionId: string | undefined, action: string): Promise<void> {
    const actor: Actor = { userId, trustId: current.trust.id, role: current.role, schoolIds: current.schoolIds };
    await this.db.runInTenant(actor, () =>
      this.audit.record({ entity: 'session', entityId: sessionId ?? userId, action }),
    );
  }
}
