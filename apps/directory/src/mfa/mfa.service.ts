import { Injectable } from '@nestjs/common';
import { Actor, AuditService, Clock, TenantDb } from '@trustops/service-kit';
import type { DomainError } from '@trustops/service-kit';
import { toDataURL } from 'qrcode';
import { EntityManager } from 'typeorm';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { hashToken, newLinkToken } from '../people/link-token';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import {
  mfaAlreadyOn,
  mfaChallengeInvalid,
  mfaCodeWrong,
  mfaLocked,
  mfaNotStarted,
  mfaRequiredByTrust,
} from './mfa.errors';
import { Factor, MfaRepository } from './mfa.repository';
import { acceptedStep, isRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUri, recoveryCodeHash } from './totp';

/** How long the second step of a sign-in may take, and how many wrong codes it may have. */
const CHALLENGE_MS = 5 * 60_000;
const CHALLENGE_FAILURES = 5;
/** Wrong codes in a row, from anywhere, before an account's codes are locked, and for how long. */
const FAILURES_BEFORE_LOCK = 10;
const LOCK_MS = 15 * 60_000;

/** What a typed code came to: taken, wrong (and counted), or not looked at (locked until then). */
type CodeCheck = 'ok' | 'wrong' | { lockedUntil: Date };

export type SecondStep = 'none' | 'code' | 'enrol';

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  /** A PNG data URL of the otpauth address, for the phone's camera. */
  qrCode: string;
}

export interface Verified {
  userId: string;
  /** Set when this sign-in also finished setting the app up: shown once. */
  recoveryCodes?: string[];
}

/**
 * Two-step sign-in with an authenticator app (TOTP) and ten single-use recovery codes. Asked of everyone who set
 * it up, and of IT directors and engineers of a trust that requires it (they set it up on the way in).
 */
@Injectable()
export class MfaService {
  constructor(
    private readonly db: TenantDb,
    private readonly mfa: MfaRepository,
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly audit: AuditService,
    private readonly limiter: SignInLimiter,
    private readonly clock: Clock,
  ) {}

  /** What a sign-in with the right password still needs. */
  async secondStep(em: EntityManager, userId: string): Promise<SecondStep> {
    const factor = await this.mfa.factor(em, userId);
    if (factor?.confirmed) return 'code';
    return (await this.mfa.requiredFor(em, userId)) ? 'enrol' : 'none';
  }

  /** A one-time challenge (5 minutes) that stands for the password between the two steps. */
  async openChallenge(userId: string): Promise<string> {
    const { token, hash } = newLinkToken();
    const expiresAt = new Date(this.clock.now().getTime() + CHALLENGE_MS);
    await this.db.runAsSystem((em) => this.mfa.addChallenge(em, userId, hash, expiresAt));
    return token;
  }

  /** A new secret to set up: for the signed-in user, or for the account a sign-in challenge stands for. */
  async beginEnrolment(who: { userId: string } | { challenge: string }): Promise<Enrolment> {
    const secret = newTotpSecret();
    const email = await this.db.runAsSystem(async (em) => {
      const userId = 'userId' in who ? who.userId : await this.challengedUser(em, who.challenge);
      if (!(await this.mfa.putPending(em, userId, secret))) throw mfaAlreadyOn();
      return (await this.users.profileOf(em, userId))!.email;
    });
    const uri = otpauthUri(secret, email);
    return { secret, otpauthUri: uri, qrCode: await toDataURL(uri, { margin: 1, width: 220 }) };
  }

  /** Finishes setting the app up from the profile page: its first code, then ten recovery codes, shown once. */
  async confirm(actor: Actor, code: string): Promise<string[]> {
    const result = await this.db.runAsSystem(async (em) => {
      const factor = await this.mfa.factor(em, actor.userId);
      if (!factor || factor.confirmed) throw factor ? mfaAlreadyOn() : mfaNotStarted();
      const check = await this.checkCode(em, actor.userId, factor, code);
      if (check !== 'ok') return { check };
      return { codes: await this.issueRecoveryCodes(em, actor.userId) };
    });
    // A wrong code is counted (committed) before it is refused.
    if (result.check) throw this.refusal(result.check);
    await this.auditEverywhere(actor.userId, 'mfa_turned_on');
    return result.codes!;
  }

  /** Turns it off with a current code, unless a trust requires it for the person's role. */
  async turnOff(actor: Actor, code: string): Promise<boolean> {
    const check = await this.db.runAsSystem(async (em) => {
      if (await this.mfa.requiredFor(em, actor.userId)) throw mfaRequiredByTrust();
      const factor = await this.mfa.factor(em, actor.userId);
      if (!factor?.confirmed) throw mfaNotStarted();
      const checked = await this.checkCode(em, actor.userId, factor, code);
      if (checked === 'ok') await this.mfa.remove(em, actor.userId);
      return checked;
    });
    if (check !== 'ok') throw this.refusal(check);
    await this.auditEverywhere(actor.userId, 'mfa_turned_off');
    return true;
  }

  async status(userId: string) {
    return this.db.runAsSystem(async (em) => ({
      enabled: !!(await this.mfa.factor(em, userId))?.confirmed,
      required: await this.mfa.requiredFor(em, userId),
      recoveryCodesLeft: await this.mfa.recoveryCodesLeft(em, userId),
    }));
  }

  /**
   * The second step: a code (or a recovery code) for the challenge's account. Wrong codes count against the
   * challenge (five, then sign in again) and against the account from this address (the sign-in limits).
   */
  async verify(challenge: string, code: string, address: string): Promise<Verified> {
    const tokenHash = hashToken(String(challenge ?? ''));
    const userId = await this.db.runAsSystem((em) => this.challengedUser(em, challenge));
    let refusal: DomainError = mfaCodeWrong();
    const outcome = await this.limiter.attempt(`mfa:${userId}`, address, () =>
      this.db.runAsSystem(async (em) => {
        const open = await this.openChallengeOf(em, tokenHash);
        const factor = open && (await this.mfa.factor(em, userId));
        if (!open || !factor) {
          refusal = open ? mfaNotStarted() : mfaChallengeInvalid();
          return null;
        }
        const check = await this.checkCode(em, userId, factor, code);
        if (check !== 'ok') {
          if (check === 'wrong') await this.mfa.failChallenge(em, tokenHash);
          refusal = this.refusal(check);
          return null;
        }
        await this.mfa.useChallenge(em, tokenHash, this.clock.now());
        return { recoveryCodes: factor.confirmed ? undefined : await this.issueRecoveryCodes(em, userId) };
      }),
    );
    if (!outcome) throw refusal;
    if (outcome.recoveryCodes) await this.auditEverywhere(userId, 'mfa_turned_on');
    return { userId, recoveryCodes: outcome.recoveryCodes };
  }

  async trustRequires(trustId: string): Promise<boolean> {
    return this.db.runAsSystem((em) => this.mfa.trustRequires(em, trustId));
  }

  /** The trust's rule for its IT directors and engineers (audited in the caller's trust). */
  async setTrustRequires(actor: Actor, required: boolean): Promise<boolean> {
    const before = await this.trustRequires(actor.trustId);
    await this.db.runAsSystem((em) => this.mfa.setTrustRequires(em, actor.trustId, required));
    await this.audit.record({
      entity: 'trust',
      entityId: actor.trustId,
      action: 'mfa_rule_changed',
      before: { mfaRequired: before },
      after: { mfaRequired: required },
    });
    return required;
  }

  /**
   * A code, unless the factor is locked. A wrong one is counted: the tenth in a row, from anywhere (guesses spread
   * over many addresses and challenges included), locks the factor for 15 minutes.
   */
  private async checkCode(em: EntityManager, userId: string, factor: Factor, code: string): Promise<CodeCheck> {
    const now = this.clock.now();
    if (factor.lockedUntil && factor.lockedUntil > now) return { lockedUntil: factor.lockedUntil };
    if (await this.takeCode(em, userId, factor, code)) {
      await this.mfa.clearFailures(em, userId);
      return 'ok';
    }
    await this.mfa.countFailure(em, userId, FAILURES_BEFORE_LOCK, new Date(now.getTime() + LOCK_MS));
    return 'wrong';
  }

  private refusal(check: Exclude<CodeCheck, 'ok'>): DomainError {
    if (check === 'wrong') return mfaCodeWrong();
    return mfaLocked(Math.ceil((check.lockedUntil.getTime() - this.clock.now().getTime()) / 1000));
  }

  /** A code from the app (confirming a secret being set up), or an unused recovery code once it is on. */
  private async takeCode(em: EntityManager, userId: string, factor: Factor, code: string): Promise<boolean> {
    const typed = String(code ?? '');
    if (factor.confirmed && isRecoveryCode(typed)) return this.mfa.useRecoveryCode(em, userId, recoveryCodeHash(typed));
    const step = acceptedStep(factor.secret, typed, factor.lastStep, this.clock.now());
    return step !== null && this.mfa.takeStep(em, userId, step, !factor.confirmed);
  }

  private async issueRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.mfa.replaceRecoveryCodes(em, userId, codes.map(recoveryCodeHash));
    return codes;
  }

  private async challengedUser(em: EntityManager, challenge: string): Promise<string> {
    const open = await this.openChallengeOf(em, hashToken(String(challenge ?? '')));
    if (!open) throw mfaChallengeInvalid();
    return open.userId;
  }

  private async openChallengeOf(em: EntityManager, tokenHash: string) {
    const found = await this.mfa.challenge(em, tokenHash);
    const open = found && !found.usedAt && found.expiresAt > this.clock.now() && found.failures < CHALLENGE_FAILURES;
    return open ? found : null;
  }

  private auditEverywhere(userId: string, action: string): Promise<void> {
    return this.accounts.inEachTrustOf(userId, () => this.audit.record({ entity: 'user', entityId: userId, action }));
  }
}
