import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { Actor, AuditService, BASE_CONFIG, BaseConfig, Clock, isUuid, REDIS, TenantDb } from '@trustops/service-kit';
import type { Redis } from 'ioredis';
import { EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { countInWindow } from '../auth/count-in-window';
import { InvitationsService } from '../people/invitations.service';
import { InvitationRow, PeopleRepository } from '../people/people.repository';
import { PeopleService } from '../people/people.service';
import { newLinkToken } from '../people/link-token';
import { checkClaims, IdClaims, subjectOf } from './provider-rules';
import { TestOutcome, testOutcome } from './sso-test';
import { IdentityProvidersRepository, ProviderRow } from './identity-providers.repository';
import { SSO_SETTINGS, SsoSettings } from './identity-providers.service';
import {
  alreadyLinked,
  domainNotAllowed,
  emailNotVerified,
  noMember,
  providerNotFound,
  stateInvalid,
  tenantNotAllowed,
  tokenInvalid,
  tooManyStarts,
} from './sso.errors';

/** A sign-in at a provider must come back within 10 minutes, once. */
const ATTEMPT_SECONDS = 600;
/** Sign-ins one address may begin a minute: a school's morning rush, not a script filling Redis with attempts. */
const STARTS_PER_MINUTE = 120;

type Found =
  | { by: 'link'; userId: string; active: boolean }
  | { by: 'email'; userId: string }
  | { by: 'none'; invitation: InvitationRow | null };
interface Match {
  checked: { email: string };
  subject: string;
  found: Found;
}

interface Attempt {
  providerId: string;
  /** A director's test: checked and reported, nobody signed in, linked or added. */
  test?: { trustId: string; userId: string };
  verifier: string;
  nonce: string;
  /** SHA-256 of the key in the starting browser's cookie: only that browser may finish (no login CSRF). */
  browser: string;
}

/**
 * Single sign-on by the authorization code flow with PKCE, state and nonce (openid-client checks the ID token's
 * signature, issuer, audience, expiry and nonce); then the trust's own rules: the tenant or hosted domain it
 * allowed, and the person it means, linked by the provider's subject, matched by email only the first time.
 */
@Injectable()
export class SsoFlowService {
  private readonly logger = new Logger(SsoFlowService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly providers: IdentityProvidersRepository,
    private readonly people: PeopleRepository,
    private readonly members: PeopleService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly clock: Clock,
    @Inject(SSO_SETTINGS) private readonly settings: SsoSettings,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(BASE_CONFIG) private readonly config: BaseConfig,
  ) {}

  /** Where to send the browser: the provider's sign-in page, with this attempt's state, nonce and PKCE challenge. */
  async start(providerId: string, browser: string, address: string, email?: string, testTicket?: string): Promise<URL> {
    const starts = await countInWindow(this.redis, `${this.config.namespace}:sso-starts:${address}`, 60_000);
    if (starts > STARTS_PER_MINUTE) throw tooManyStarts();
    const provider = await this.enabledProvider(providerId);
    const client = await this.clientOf(provider);
    const test = testTicket ? await this.takeTest(testTicket, provider) : undefined;
    const attempt: Attempt = {
      providerId,
      verifier: oidc.randomPKCECodeVerifier(),
      nonce: oidc.randomNonce(),
      browser,
      ...(test ? { test } : {}),
    };
    const state = oidc.randomState();
    await this.redis.set(this.key(state), JSON.stringify(attempt), 'EX', ATTEMPT_SECONDS);
    return oidc.buildAuthorizationUrl(client, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email profile',
      state,
      nonce: attempt.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.verifier),
      code_challenge_method: 'S256',
      ...(email ? { login_hint: email } : {}),
      // Only a hint (the hd claim is what is checked): Google shows that domain's accounts.
      ...(provider.kind === 'GOOGLE' && provider.hostedDomain ? { hd: provider.hostedDomain } : {}),
    });
  }

  /**
   * A director's test of an enabled provider of their trust: where to send the browser to sign in at it once, and
   * see what a real sign-in would do (nobody is signed in, linked or added). The ticket is for one start, 10 minutes.
   */
  async beginTest(actor: Actor, providerId: string): Promise<string> {
    const provider = await this.enabledProvider(providerId);
    if (provider.trustId !== actor.trustId) throw providerNotFound(providerId);
    const ticket = newLinkToken().token;
    const test = { providerId, trustId: actor.trustId, userId: actor.userId };
    await this.redis.set(this.testKey(ticket), JSON.stringify(test), 'EX', ATTEMPT_SECONDS);
    const start = new URL(`${this.settings.publicUrl.replace(/\/+$/, '')}/files/directory/sso/start`);
    start.search = new URLSearchParams({ provider: providerId, test: ticket }).toString();
    return start.toString();
  }

  private async takeTest(ticket: string, provider: ProviderRow): Promise<Attempt['test']> {
    const saved = await this.redis.getdel(this.testKey(ticket));
    const test = saved ? (JSON.parse(saved) as { providerId: string; trustId: string; userId: string }) : null;
    if (!test || test.providerId !== provider.id) throw stateInvalid();
    return { trustId: test.trustId, userId: test.userId };
  }

  /** The provider sent the browser back: check everything, then a TrustOps session's one-time hand-off. */
  async finish(callback: URL, browser: string | null): Promise<{ handoff: string } | { test: TestOutcome }> {
    const state = callback.searchParams.get('state');
    // Taken once: a replayed callback (or one that never started here) finds nothing.
    const saved = state ? await this.redis.getdel(this.key(state)) : null;
    if (!saved) throw stateInvalid();
    const attempt = JSON.parse(saved) as Attempt;
    if (!browser || browser !== attempt.browser) throw stateInvalid();
    const provider = await this.enabledProvider(attempt.providerId);
    const client = await this.clientOf(provider);
    const claims = await oidc
      .authorizationCodeGrant(client, callback, {
        pkceCodeVerifier: attempt.verifier,
        expectedState: state!,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      })
      .then((tokens) => tokens.claims() as IdClaims)
      .catch((error: Error & { code?: string }) => {
        this.logger.warn({ reason: error.code ?? error.name, provider: provider.id }, 'single sign-on refused a token');
        throw tokenInvalid();
      });
    if (attempt.test) return { test: await this.tested(provider, claims, attempt.test) };
    const userId = await this.personOf(provider, claims);
    return { handoff: (await this.auth.signInByProvider(userId, provider.trustId)).sessionHandoff! };
  }

  /** A test's outcome, audited as the director's; a refusal is an outcome too. */
  private async tested(provider: ProviderRow, claims: IdClaims, by: { trustId: string; userId: string }) {
    let outcome: TestOutcome;
    try {
      const { checked, found } = await this.match(provider, claims);
      outcome = testOutcome(found, checked.email, provider.trustName, provider.allowNewMembers);
    } catch (error) {
      const e = error as { code?: string; message: string };
      if (!e.code) throw error;
      outcome = { outcome: e.code, message: e.message };
    }
    const actor: Actor = { ...by, role: 'IT_DIRECTOR', schoolIds: null };
    await this.db.runInTenant(actor, () =>
      this.audit.record({
        entity: 'identity_provider',
        entityId: provider.id,
        action: 'tested',
        after: { outcome: outcome.outcome },
      }),
    );
    return outcome;
  }

  /**
   * Who the provider's person is to TrustOps, reading only: the member linked to the subject, the active member
   * with that verified email (to link), or nobody (an open invitation, if any). Refusals throw.
   */
  private async match(provider: ProviderRow, claims: IdClaims): Promise<Match> {
    const checked = checkClaims(provider, claims);
    if ('refused' in checked) {
      if (checked.refused === 'TENANT') throw tenantNotAllowed(provider.trustName);
      if (checked.refused === 'DOMAIN') throw domainNotAllowed(provider.trustName);
      throw emailNotVerified();
    }
    const subject = subjectOf(provider.kind, claims);
    const found = await this.db.runAsSystem(async (em): Promise<Found> => {
      const linked = await this.providers.linkedUser(em, provider.id, subject);
      if (linked)
        return {
          by: 'link' as const,
          userId: linked,
          active: await this.providers.isActiveMember(em, provider.trustId, linked),
        };
      const member = await this.providers.activeMemberByEmail(em, provider.trustId, checked.email);
      if (!member) {
        // An account that exists already (another trust's, or a member suspended here) is never joined to the
        // trust on a provider's word alone: only its emailed link or its own password say it is them.
        if (await this.people.accountByEmail(em, checked.email)) throw noMember(provider.trustName);
        const invitation = await this.people.trustInvitationFor(em, provider.trustId, checked.email, this.clock.now());
        return { by: 'none' as const, invitation };
      }
      // Linked once, linked for good: another account at the provider claiming the same email is someone else.
      if (await this.providers.linkOf(em, provider.id, member)) throw alreadyLinked(provider.trustName);
      return { by: 'email' as const, userId: member };
    });
    return { checked, subject, found };
  }

  /**
   * The member this is: by the link, or (first time) by the verified email, linking them: an active member, or
   * someone invited (the invitation is accepted); else a new member if the provider allows it.
   */
  private async personOf(provider: ProviderRow, claims: IdClaims): Promise<string> {
    const { checked, subject, found } = await this.match(provider, claims);
    if (found.by === 'link') {
      if (!found.active) throw noMember(provider.trustName);
      return found.userId;
    }
    if (found.by === 'email') {
      await this.link(provider, found.userId, subject, checked.email);
      return found.userId;
    }
    if (found.invitation) {
      // Invited, with no account yet: signing in at the trust's provider accepts the invitation (its role and
      // schools) as a new account with no password ('!' is no argon2 hash), then links it.
      const userId = randomUUID();
      await this.invitations.join(found.invitation, userId, { tokenHash: null, passwordHash: '!', account: null });
      await this.link(provider, userId, subject, checked.email);
      return userId;
    }
    if (!provider.allowNewMembers) throw noMember(provider.trustName);
    const name =
      typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : checked.email.split('@')[0];
    return this.addMember(provider, subject, checked.email, name);
  }

  private link(provider: ProviderRow, userId: string, subject: string, email: string): Promise<void> {
    return this.db.runInTenant(this.actorOf(provider, userId), (em) =>
      this.linkIn(em, provider, userId, subject, email),
    );
  }

  /** Links once: a first sign-in finishing twice at once (two tabs) links once; another person's link refuses. */
  private async linkIn(em: EntityManager, provider: ProviderRow, userId: string, subject: string, email: string) {
    const linked = await this.providers.link(em, {
      trustId: provider.trustId,
      providerId: provider.id,
      userId,
      subject,
      email,
    });
    if (!linked) {
      if ((await this.providers.linkOf(em, provider.id, userId)) !== subject) throw alreadyLinked(provider.trustName);
      return;
    }
    await this.audit.record({
      entity: 'user',
      entityId: userId,
      action: 'sso_linked',
      after: { providerId: provider.id, kind: provider.kind },
    });
  }

  /** allowNewMembers: a new account joins as STAFF at every school, linked to the provider. */
  private async addMember(provider: ProviderRow, subject: string, email: string, displayName: string): Promise<string> {
    const userId = randomUUID();
    await this.db.runInTenant(this.actorOf(provider, userId), async (em) => {
      // No password: '!' is no argon2 hash, so a password never signs this account in until one is set.
      if (!(await this.people.addUser(userId, email, displayName, '!'))) throw noMember(provider.trustName);
      await this.people.addMembership(
        userId,
        { role: 'STAFF', schoolIds: null, educatorLead: false },
        { email, displayName },
      );
      await this.linkIn(em, provider, userId, subject, email);
      await this.members.record((await this.people.member(userId))!, 'joined_by_sso');
    });
    return userId;
  }

  private actorOf(provider: ProviderRow, userId: string): Actor {
    return { userId, trustId: provider.trustId, role: 'STAFF', schoolIds: null };
  }

  private async enabledProvider(id: string): Promise<ProviderRow> {
    const row = isUuid(id) ? await this.db.runAsSystem((em) => this.providers.enabledById(em, id)) : null;
    if (!row) throw providerNotFound(id);
    return row;
  }

  private clientOf(provider: ProviderRow): Promise<oidc.Configuration> {
    return this.settings.clients.configFor(provider, this.settings.box.open(provider.secretSealed));
  }

  private testKey(ticket: string): string {
    return `${this.config.namespace}:sso-test:${ticket}`;
  }

  private key(state: string): string {
    return `${this.config.namespace}:sso:${state}`;
  }
}
