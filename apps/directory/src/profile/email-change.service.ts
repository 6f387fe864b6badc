import { Inject, Injectable } from '@nestjs/common';
import { Mailer } from '@trustops/mail';
import { Actor, badInput, Clock, TenantDb } from '@trustops/service-kit';
import { hashToken, newLinkToken, normalEmail, tokenLink } from '../people/link-token';
import { PEOPLE_MAILER, PUBLIC_URL } from '../people/invitations.service';
import { PasswordsRepository } from '../passwords/passwords.repository';
import { PasswordsService } from '../passwords/passwords.service';
import { UsersRepository } from '../users/users.repository';
import { User } from '../users/users.types';
import { confirmEmailMail, emailChangeNoticeMail } from './email-change-mail';
import { emailChangeLinkInvalid, emailInUse, emailUnchanged } from './email-change.errors';
import { EmailChangeRepository } from './email-change.repository';
import { ProfileService } from './profile.service';

const DAY_MS = 24 * 3_600_000;
const UNIQUE_VIOLATION = '23505';

/**
 * A new email for an account: asked for with the current password, confirmed by a link sent to the new address
 * (the old one is told at once). Sign-in, invitations and notifications use it from then on, in every trust.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    private readonly db: TenantDb,
    private readonly changes: EmailChangeRepository,
    private readonly passwords: PasswordsService,
    private readonly accounts: PasswordsRepository,
    private readonly users: UsersRepository,
    private readonly profile: ProfileService,
    private readonly clock: Clock,
    @Inject(PEOPLE_MAILER) private readonly mailer: Mailer,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  async request(actor: Actor, newEmail: string, password: string): Promise<boolean> {
    const email = normalEmail(String(newEmail ?? ''));
    if (!email) throw badInput('That is not an email address', { field: 'newEmail' });
    const { me, token } = await this.db.runAsSystem(async (em) => {
      await this.passwords.checkCurrent(em, actor, password);
      const profile = (await this.users.profileOf(em, actor.userId))!;
      if (profile.email.toLowerCase() === email) throw emailUnchanged();
      if (await this.accounts.accountByEmail(em, email)) throw emailInUse();
      const link = newLinkToken();
      await this.changes.open(em, actor.userId, email, link.hash, new Date(this.clock.now().getTime() + DAY_MS));
      return { me: profile, token: link.token };
    });
    await this.mailer.send(confirmEmailMail(email, me.displayName, tokenLink(this.publicUrl, 'confirm-email', token)));
    await this.mailer.send(emailChangeNoticeMail(me.email, me.displayName, email));
    await this.passwords.auditEverywhere(actor.userId, 'email_change_asked', { newEmail: email });
    return true;
  }

  /** Opened from the new address's mail; no session needed (the link is the proof, the password was asked for). */
  async confirm(token: string): Promise<User> {
    const [before, after] = await this.db.runAsSystem(async (em) => {
      const change = await this.changes.use(em, hashToken(String(token ?? '')), this.clock.now());
      if (!change) throw emailChangeLinkInvalid();
      const old = (await this.users.profileOf(em, change.userId))!;
      if (await this.accounts.accountByEmail(em, change.newEmail)) throw emailInUse();
      await this.changes.setEmail(em, change.userId, change.newEmail).catch((error: { code?: string }) => {
        // Taken between the check and the update by another account's change: nothing written.
        throw error.code === UNIQUE_VIOLATION ? emailInUse() : error;
      });
      return [old, (await this.users.profileOf(em, change.userId))!];
    });
    await this.profile.announce(before, after, 'email_changed');
    return after;
  }
}
