import { Inject, Injectable, Logger } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { Mailer } from '@trustops/mail';
import { Actor, AuditService, BASE_CONFIG, BaseConfig, Clock, REDIS, TenantDb } from '@trustops/service-kit';
import type { Redis } from 'ioredis';
import { EntityManager } from 'typeorm';
import { countInWindow } from '../auth/count-in-window';
import { refuseWeakPassword } from '../auth/password-policy';
import { hashToken, newLinkToken, normalEmail, tokenLink } from '../people/link-token';
import { PEOPLE_MAILER, PUBLIC_URL } from '../people/invitations.service';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { currentPasswordWrong, resetLinkInvalid, tooManyPasswordGuesses } from './passwords.errors';
import { SessionsService } from '../sessions/sessions.service';
import { PasswordsRepository } from './passwords.repository';
import { resetMail } from './reset-mail';

const HOUR_MS = 3_600_000;
/** Reset emails one address may be sent per hour: enough for a typo and a retry, too few to flood an inbox. */
const RESETS_PER_HOUR = 3;
/** Wrong current passwords before changePassword waits: a stolen session cannot guess the password behind it. */
const CHANGE_FAILURES = 5;
const CHANGE_WINDOW_MS = 15 * 60_000;

/** Passwords: forgotten (an emailed one-time link, an hour), and changed by their owner. */
@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly passwords: PasswordsRepository,
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(PEOPLE_MAILER) private readonly mailer: Mailer,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) private readonly config: BaseConfig,
  ) {}

  /**
   * Always true, and answered before anything is looked up: neither the answer nor its timing says whether the
   * address has an account. The link is made and mailed afterwards.
   */
  requestReset(email: string): boolean {
    const address = normalEmail(email ?? '');
    if (address)
      void this.sendReset(address).catch((error: Error) =>
        this.logger.warn({ reason: error.message }, 'password reset mail not sent'),
      );
    return true;
  }

  /** Sets a new password with a reset link; a refused password leaves the link usable. */
  async reset(token: string, password: string): Promise<boolean> {
    const userId = await this.db.runAsSystem(async (em) => {
      const used = await this.passwords.useReset(em, hashToken(String(token ?? '')), this.clock.now());
      if (!used) throw resetLinkInvalid();
      await this.setPassword(em, used.userId, password);
      return used.userId;
    });
    await this.auditEverywhere(userId, 'password_reset');
    // Whoever knew the old password is signed out everywhere.
    await this.sessions.endEverywhere(userId, 'signed_out_by_password_reset');
    return true;
  }

  async change(actor: Actor, current: string, next: string): Promise<boolean> {
    await this.db.runAsSystem(async (em) => {
      await this.checkCurrent(em, actor, current);
      await this.setPassword(em, actor.userId, next);
    });
    // In transactions of their own, after the change committed: the request's answer cannot undo the record.
    await this.auditEverywhere(actor.userId, 'password_changed');
    // Every other session ends; this one renews its access token from its cookie (the old token is refused too).
    await this.sessions.endEverywhere(actor.userId, 'signed_out_by_password_change', actor.sessionId);
    return true;
  }

  /**
   * The signed-in person proves it is them (a password change, a new email): a stolen session cannot guess the
   * password behind it, as wrong answers are counted and, past five in 15 minutes, refused for a while.
   */
  async checkCurrent(em: EntityManager, actor: Actor, current: string): Promise<void> {
    const failures = `${this.config.namespace}:password-change-failures:${actor.userId}`;
    if (Number(await this.redis.get(failures)) >= CHANGE_FAILURES)
      throw tooManyPasswordGuesses(Math.max(1000, await this.redis.pttl(failures)));
    const stored = await this.passwords.passwordHash(em, actor.userId);
    if (!stored || !(await verify(stored, current ?? '').catch(() => false))) {
      await countInWindow(this.redis, failures, CHANGE_WINDOW_MS);
      throw currentPasswordWrong();
    }
  }

  private async setPassword(em: EntityManager, userId: string, password: string): Promise<void> {
    const person = await this.users.profileOf(em, userId);
    const refusal = refuseWeakPassword(password ?? '', person ? [person.displayName, person.email] : []);
    if (refusal) throw refusal;
    await this.passwords.setPasswordHash(em, userId, await hash(password));
    await this.passwords.closeResets(em, userId, this.clock.now());
  }

  private async sendReset(email: string): Promise<void> {
    if (!(await this.withinLimit(email))) {
      this.logger.warn('password reset refused: too many for one address this hour');
      return;
    }
    const made = await this.db.runAsSystem(async (em) => {
      const account = await this.passwords.accountByEmail(em, email);
      if (!account) return null;
      const { token, hash: tokenHash } = newLinkToken();
      await this.passwords.addReset(em, account.id, tokenHash, new Date(this.clock.now().getTime() + HOUR_MS));
      return { account, token };
    });
    if (!made) return;
    const link = tokenLink(this.publicUrl, 'reset-password', made.token);
    await this.mailer.send(resetMail(email, made.account.displayName, link));
    await this.auditEverywhere(made.account.id, 'password_reset_sent');
  }

  private async withinLimit(email: string): Promise<boolean> {
    return (
      (await countInWindow(this.redis, `${this.config.namespace}:password-reset:${hashToken(email)}`, HOUR_MS)) <=
      RESETS_PER_HOUR
    );
  }

  /** An account-wide change is audited in every trust the person belongs to: each trust sees it in its own log. */
  auditEverywhere(userId: string, action: string, after?: Record<string, unknown>): Promise<void> {
    return this.usersService.inEachTrustOf(userId, () =>
      this.audit.record({ entity: 'user', entityId: userId, action, after }),
    );
  }
}
