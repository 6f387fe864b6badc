import { Injectable } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import { TrustCreated } from '@trustops/contracts';
import { AuditService, badInput, OutboxService, TenantDb, text } from '@trustops/service-kit';
import { AuthService } from '../../auth/auth.service';
import { refuseWeakPassword } from '../../auth/password-policy';
import { normalEmail } from '../../people/link-token';
import { InvitationsService } from '../../people/invitations.service';
import { PeopleRepository } from '../../people/people.repository';
import { PeopleService } from '../../people/people.service';
import { AuthPayload } from '../../users/users.types';
import { NewTrust, newTrust } from '../new-trust';
import { setupDone, trustCodeTaken } from '../trusts.errors';
import { TrustsRepository } from '../trusts.repository';
import { SetUpTrustInput } from '../trusts.types';

export interface OperatorTrust {
  code: string;
  name: string;
  directorEmail: string;
  directorName: string;
}

/**
 * A trust moving in: on a fresh install the first-run page makes the first trust and its IT director (who is
 * signed in at once); an operator (an MSP, a host) makes any further trust and invites its director by email.
 * Both write the trust, its audit row and `trust.created` in the new trust's own transaction.
 */
@Injectable()
export class NewTrustService {
  constructor(
    private readonly db: TenantDb,
    private readonly trusts: TrustsRepository,
    private readonly people: PeopleRepository,
    private readonly members: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly auth: AuthService,
  ) {}

  async setupNeeded(): Promise<boolean> {
    return !(await this.db.runAsSystem((em) => this.trusts.any(em)));
  }

  async setUp(input: SetUpTrustInput): Promise<AuthPayload> {
    const trust = newTrust({ code: input.trustCode, name: input.trustName }, { code: 'trustCode', name: 'trustName' });
    const { email, displayName } = director(input.email, input.directorName, 'directorName');
    const refusal = refuseWeakPassword(input.password ?? '', [displayName, email, trust.name]);
    if (refusal) throw refusal;
    if (!(await this.setupNeeded())) throw setupDone();
    const passwordHash = await hash(input.password);
    const [trustId, userId] = [randomUUID(), randomUUID()];
    await this.db.runInTenant({ trustId, userId, role: 'IT_DIRECTOR', schoolIds: null }, async () => {
      await this.create(trustId, trust, 'set up');
      if (!(await this.trusts.claimFirstRun())) throw setupDone();
      if (!(await this.people.addUser(userId, email, displayName, passwordHash))) throw setupDone();
      const fields = { role: 'IT_DIRECTOR' as const, schoolIds: null, educatorLead: false };
      await this.people.addMembership(userId, fields, { email, displayName });
      await this.members.record((await this.people.member(userId))!, 'joined');
    });
    return this.auth.signInMember(userId, trustId);
  }

  /** For `pnpm admin create-trust`: the trust, and an invitation to its first IT director. */
  async createForOperator(input: OperatorTrust): Promise<{ trustId: string; code: string }> {
    const trust = newTrust(input);
    const { email, displayName } = director(input.directorEmail, input.directorName, 'directorName');
    if (await this.db.runAsSystem((em) => this.trusts.codeTaken(em, trust.code))) throw trustCodeTaken(trust.code);
    const trustId = randomUUID();
    await this.db.runInTenant({ trustId, schoolIds: null }, async () => {
      await this.create(trustId, trust, 'created by operator');
      await this.invitations.inviteFirstDirector(email, displayName);
    });
    return { trustId, code: trust.code };
  }

  private async create(trustId: string, trust: NewTrust, how: string): Promise<void> {
    if (!(await this.trusts.add(trustId, trust.code, trust.name))) throw trustCodeTaken(trust.code);
    await this.audit.record({ entity: 'trust', entityId: trustId, action: 'created', after: { ...trust, how } });
    await this.outbox.add('trust.created', { code: trust.code, name: trust.name } satisfies TrustCreated);
  }
}

function director(rawEmail: string, rawName: string, nameField: string) {
  const email = normalEmail(rawEmail ?? '');
  if (!email) throw badInput('Enter an email address such as jo.bloggs@school.org.uk', { field: 'email' });
  return { email, displayName: text(nameField, rawName, 'name') };
}
