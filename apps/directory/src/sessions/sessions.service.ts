import { Injectable } from '@nestjs/common';
import { Actor, Clock, TenantDb } from '@trustops/service-kit';
import { AuthService } from '../auth/auth.service';
import { hashToken, newLinkToken } from '../people/link-token';
import { PeopleRepository } from '../people/people.repository';
import { PeopleService } from '../people/people.service';
import { UsersService } from '../users/users.service';
import { AuthPayload } from '../users/users.types';
import { judgeRefresh, SESSION_LIMITS, tokensValidFrom } from './session-rules';
import { membershipGone, sessionEnded, sessionReused } from './sessions.errors';
import { SessionRow, SessionsRepository } from './sessions.repository';

export interface Renewed {
  payload: AuthPayload;
  refreshToken: string;
}

/**
 * Sessions that can be ended: a refresh token renews the 15-minute access token and is replaced each time; a copy
 * used after the original (or the original after the copy) ends the session. Signing out everywhere, a new
 * password and a suspension end sessions at once, and refuse the access tokens already out in every service.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly sessions: SessionsRepository,
    private readonly auth: AuthService,
    private readonly accounts: UsersService,
    private readonly people: PeopleRepository,
    private readonly members: PeopleService,
    private readonly clock: Clock,
  ) {}

  /** `viaHandoff`: the sign-in's one-time hand-off (from the body) rather than the cookie's token. */
  async renew(token: string, viaHandoff: boolean): Promise<Renewed> {
    const now = this.clock.now();
    const tokenHash = hashToken(token);
    const outcome = await this.db.runAsSystem(async (em) => {
      const row = await this.sessions.presented(em, tokenHash);
      const verdict = judgeRefresh(row, viaHandoff, now);
      if (verdict === 'reused') await this.sessions.end(em, row!.sessionId, 'refresh token reused', now);
      if (verdict !== 'ok' && verdict !== 'retry') return { verdict, row } as const;
      const account = await this.auth.accountOf(em, row!.userId);
      const current = account?.memberships.find((m) => m.trust.id === row!.trustId);
      if (!account || !current) {
        await this.sessions.end(em, row!.sessionId, 'membership ended', now);
        return { verdict: 'membership', row } as const;
      }
      await this.sessions.useToken(em, row!.sessionId, tokenHash, now);
      const next = newLinkToken();
      const expiresAt = new Date(Math.min(now.getTime() + SESSION_LIMITS.idleMs, row!.sessionExpiresAt.getTime()));
      await this.sessions.addToken(em, row!.sessionId, next.hash, expiresAt);
      return { verdict: 'ok', row, account, current, refreshToken: next.token } as const;
    });
    if (outcome.verdict === 'reused') {
      await this.recordEnd(outcome.row!, 'ended_on_reuse');
      throw sessionReused();
    }
    if (outcome.verdict === 'membership') throw membershipGone();
    if (outcome.verdict !== 'ok') throw sessionEnded();
    const payload = await this.auth.tokenFor(outcome.account, outcome.current, outcome.row!.sessionId);
    return { payload, refreshToken: outcome.refreshToken };
  }

  /** Ends the session the token belongs to (signing out on this device); a token of none is already out. */
  async signOut(token: string): Promise<void> {
    const now = this.clock.now();
    const row = await this.db.runAsSystem(async (em) => {
      const found = await this.sessions.presented(em, hashToken(token));
      const open = found && !found.sessionEndedAt ? found : undefined;
      if (open) await this.sessions.end(em, open.sessionId, 'signed out', now);
      return open;
    });
    if (row) await this.recordEnd(row, 'signed_out');
  }

  /** Every session of the caller ends, and every access token issued until now is refused in every trust. */
  async signOutEverywhere(actor: Actor): Promise<boolean> {
    await this.endEverywhere(actor.userId, 'signed_out_everywhere');
    return true;
  }

  /**
   * Ends the account's sessions but `keep` (the one that changed the password keeps going, with a new access
   * token from its refresh token), and refuses older tokens in each trust: each membership records when and
   * tells every service (membership.changed).
   */
  async endEverywhere(userId: string, action: string, keep?: string): Promise<void> {
    await this.db.runAsSystem((em) => this.sessions.endAllOf(em, userId, action, this.clock.now(), keep));
    // After the sessions ended: a renewal that was under way signed its token before this.
    const from = tokensValidFrom(this.clock.now());
    await this.accounts.inEachTrustOf(userId, async () => {
      const before = await this.people.member(userId);
      if (!before) return;
      await this.people.refuseTokensBefore(userId, from);
      await this.members.record({ ...before, tokensValidFrom: from }, action, before);
    });
  }

  private async recordEnd(row: SessionRow, action: string): Promise<void> {
    const account = await this.db.runAsSystem((em) => this.auth.accountOf(em, row.userId));
    const current = account?.memberships.find((m) => m.trust.id === row.trustId);
    if (current) await this.auth.record(row.userId, current, row.sessionId, action);
  }
}
