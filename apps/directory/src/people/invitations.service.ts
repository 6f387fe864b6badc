import { Inject, Injectable, Logger } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Role } from '@trustops/contracts';
import { Mailer } from '@trustops/mail';
import {
  Actor,
  AuditService,
  badInput,
  Clock,
  isUuid,
  kitErrors,
  RETRY_AFTER_SECONDS,
  TenantDb,
  text,
  unauthenticated,
} from '@trustops/service-kit';
import { AuthService } from '../auth/auth.service';
import { passwordTurnedOffBy } from '../sso/password-rule';
import { passwordSignInOff } from '../sso/sso.errors';
import { refuseWeakPassword } from '../auth/password-policy';
import { TrustEntity } from '../trusts/trust.entity';
import { TrustsRepository } from '../trusts/trusts.repository';
import { UsersRepository } from '../users/users.repository';
import { AuthPayload } from '../users/users.types';
import { invitationMail } from './invitation-mail';
import { hashToken, INVITATION_DAYS, newLinkToken, normalEmail, tokenLink } from './link-token';
import { mayGrant } from './member-rules';
import { invitationInvalid, invitationNotFound, invitationPending, memberExists, peopleErrors } from './people.errors';
import { InvitationRow, PeopleRepository, PersonRow } from './people.repository';
import { PeopleService, roleOf } from './people.service';
import { InvitationPreview, InviteMemberInput } from './people.types';

export const PEOPLE_MAILER = Symbol('PEOPLE_MAILER');
export const PUBLIC_URL = Symbol('PUBLIC_URL');

const DAY_MS = 86_400_000;

type InvitedFields = Pick<InvitationRow, 'email' | 'displayName' | 'role' | 'schoolIds' | 'educatorLead'>;

const asPerson = (i: InvitationRow): PersonRow => ({
  ...i,
  userId: null,
  invitationId: i.id,
  status: 'INVITED',
  sortName: i.displayName.toLowerCase(),
  tokensValidFrom: null,
});

/** Bringing people in: an emailed one-time link, valid 7 days, that makes an account or joins an existing one. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleRepository,
    private readonly members: PeopleService,
    private readonly trusts: TrustsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    @Inject(PEOPLE_MAILER) private readonly mailer: Mailer,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async invite(actor: Actor, input: InviteMemberInput): Promise<PersonRow> {
    const email = normalEmail(input.email);
    if (!email) throw badInput('Enter an email address such as jo.bloggs@school.org.uk', { field: 'email' });
    const displayName = text('displayName', input.displayName, 'name');
    const role = roleOf(input.role);
    if (!mayGrant(actor.role as Role, role))
      throw peopleErrors.error('ROLE_NOT_GRANTABLE', 'Only an IT director can invite an IT director', {
        field: 'role',
      });
    const schoolIds = await this.members.checkScope(input.schoolIds);
    if (await this.people.memberByEmail(email)) throw memberExists(email);
    const educatorLead = input.educatorLead ?? false;
    return this.issue({ email, displayName, role, schoolIds, educatorLead }, actor.userId);
  }

  /** The first IT director of a trust an operator created: invited like anyone else, by nobody in the trust. */
  inviteFirstDirector(email: string, displayName: string): Promise<PersonRow> {
    return this.issue({ email, displayName, role: 'IT_DIRECTOR', schoolIds: null, educatorLead: false }, null);
  }

  private async issue(fields: InvitedFields, invitedBy: string | null): Promise<PersonRow> {
    // A second invitation to the same address replaces the first (its link stops working).
    const open = await this.people.openInvitationFor(fields.email);
    if (open) await this.revokeRow(open, 'replaced');
    const { token, hash: tokenHash } = newLinkToken();
    const invitation = await this.people.addInvitation({ ...fields, tokenHash, invitedBy, expiresAt: this.expiry() });
    if (!invitation) throw invitationPending(fields.email);
    return this.mail(invitation, token, 'sent', invitedBy);
  }

  /** A fresh link (the old one stops working) and 7 more days. */
  async resend(actor: Actor, invitationId: string): Promise<PersonRow> {
    const invitation = await this.requireOpen(invitationId);
    const { token, hash: tokenHash } = newLinkToken();
    const renewed = { ...invitation, expiresAt: this.expiry() };
    await this.people.renewInvitation(invitation.id, tokenHash, renewed.expiresAt);
    return this.mail(renewed, token, 'resent', actor.userId);
  }

  async revoke(invitationId: string): Promise<PersonRow> {
    const invitation = await this.requireOpen(invitationId);
    await this.revokeRow(invitation, 'revoked');
    return asPerson(invitation);
  }

  /** What a link offers, for the page that accepts it; an unusable link is INVITATION_INVALID. */
  async preview(token: string): Promise<InvitationPreview> {
    const found = await this.db.runAsSystem((em) => this.lookUp(em, token));
    return {
      trust: found.trust,
      email: found.invitation.email,
      displayName: found.invitation.displayName,
      role: found.invitation.role,
      hasAccount: !!found.account,
      expiresAt: found.invitation.expiresAt,
    };
  }

  /**
   * Joins the trust: a new account with `password`, or, for someone who already uses TrustOps (an MSP engineer),
   * a membership of the account they have, proven by the password they already use. Signs them in.
   */
  async accept(token: string, password: string): Promise<AuthPayload> {
    const { invitation, account, trust, providerOnly } = await this.db.runAsSystem((em) => this.lookUp(em, token));
    let passwordHash: string | null = null;
    if (account) {
      if (!(await verify(account.passwordHash, password).catch(() => false)))
        throw unauthenticated(
          `${invitation.email} already has a TrustOps account: enter the password you use for it (or reset it)`,
        );
      // A trust of theirs signs them in by its provider only: the password proves nothing there either.
      if (providerOnly) throw passwordSignInOff(providerOnly);
    } else {
      const refusal = refuseWeakPassword(password, [invitation.displayName, invitation.email, trust.name]);
      if (refusal) throw refusal;
      passwordHash = await hash(password);
    }
    const userId = account?.id ?? randomUUID();
    await this.join(invitation, userId, { tokenHash: hashToken(token), passwordHash, account });
    return this.auth.signInMember(userId, invitation.trustId);
  }

  /**
   * The invitation becomes a membership of `userId` (a new account when `passwordHash` is given, or '!' for one
   * that signs in only by its trust's identity provider). `tokenHash` null: the person proved who they are at
   * the trust's identity provider instead of with the emailed link.
   */
  async join(
    invitation: InvitationRow,
    userId: string,
    o: {
      tokenHash: string | null;
      passwordHash: string | null;
      account: { email: string; displayName: string } | null;
    },
  ): Promise<void> {
    const actor: Actor = {
      userId,
      trustId: invitation.trustId,
      role: invitation.role,
      schoolIds: invitation.schoolIds,
    };
    await this.db.runInTenant(actor, async () => {
      // The invitation first: a second acceptance at the same moment waits here, then finds it used.
      if (!(await this.people.acceptInvitation(invitation.id, o.tokenHash, userId, this.clock.now())))
        throw invitationInvalid();
      if (
        o.passwordHash &&
        !(await this.people.addUser(userId, invitation.email, invitation.displayName, o.passwordHash))
      )
        throw memberExists(invitation.email);
      if (!(await this.people.addMembership(userId, invitation, o.account ?? invitation)))
        throw memberExists(invitation.email);
      await this.audit.record({ entity: 'invitation', entityId: invitation.id, action: 'accepted' });
      const member = await this.people.member(userId);
      await this.members.record(member!, 'joined');
    });
  }

  private async lookUp(em: EntityManager, token: string) {
    if (typeof token !== 'string' || token.length > 100) throw invitationInvalid();
    const invitation = await this.people.invitationByToken(em, hashToken(token), this.clock.now());
    if (!invitation) throw invitationInvalid();
    const account = await this.people.accountByEmail(em, invitation.email);
    const trust = await em.getRepository(TrustEntity).findOneByOrFail({ id: invitation.trustId });
    const providerOnly = account ? await passwordTurnedOffBy(em, account.id, invitation.email) : null;
    return { invitation, account, trust: { id: trust.id, name: trust.name, code: trust.code }, providerOnly };
  }

  private async requireOpen(invitationId: string): Promise<InvitationRow> {
    const invitation = isUuid(invitationId) ? await this.people.openInvitation(invitationId) : null;
    if (!invitation) throw invitationNotFound(invitationId);
    return invitation;
  }

  private async revokeRow(invitation: InvitationRow, action: string): Promise<void> {
    await this.people.revokeInvitation(invitation.id, this.clock.now());
    await this.audit.record({ entity: 'invitation', entityId: invitation.id, action, before: auditView(invitation) });
  }

  private expiry(): Date {
    return new Date(this.clock.now().getTime() + INVITATION_DAYS * DAY_MS);
  }

  /** Audits the invitation as it now is (never its token) and emails its link. */
  private async mail(
    invitation: InvitationRow,
    token: string,
    action: string,
    sender: string | null,
  ): Promise<PersonRow> {
    await this.audit.record({ entity: 'invitation', entityId: invitation.id, action, after: auditView(invitation) });
    await this.send(invitation, token, sender);
    return asPerson(invitation);
  }

  /**
   * Sent inside the request's transaction: when the mail server refuses or cannot be reached the invitation is
   * not written either (SERVICE_UNAVAILABLE, retryable), so no invitation exists that nobody was told about.
   */
  private async send(invitation: InvitationRow, token: string, sender: string | null): Promise<void> {
    const trust = await this.trusts.byId(invitation.trustId);
    const inviter = sender ? await this.users.byId(sender) : null;
    const mail = invitationMail({
      to: invitation.email,
      displayName: invitation.displayName,
      trustName: trust?.name ?? 'your trust',
      role: invitation.role,
      inviterName: inviter?.displayName ?? (sender ? 'Your IT director' : 'Your TrustOps operator'),
      link: tokenLink(this.publicUrl, 'invitation', token),
    });
    try {
      await this.mailer.send(mail);
    } catch (error) {
      this.logger.warn({ invitationId: invitation.id, reason: (error as Error).message }, 'invitation mail not sent');
      throw kitErrors.error(
        'SERVICE_UNAVAILABLE',
        'The invitation email could not be sent (the mail server did not answer); nothing was saved. Try again shortly.',
        { retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS },
      );
    }
  }
}

/** No token or its hash: what the audit may keep of an invitation. */
const auditView = (i: InvitationRow) => ({
  email: i.email,
  displayName: i.displayName,
  role: i.role,
  schoolIds: i.schoolIds,
  educatorLead: i.educatorLead,
  expiresAt: i.expiresAt,
});
