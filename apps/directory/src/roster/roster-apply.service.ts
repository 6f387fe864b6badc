import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService, Clock, TenantDb } from '@trustops/service-kit';
import { PeopleRepository, PersonRow } from '../people/people.repository';
import { PeopleService } from '../people/people.service';
import { IT_ROLES, RosterChange, RosterPreview, Synced } from './roster-preview';
import { RosterMembersRepository } from './roster-members.repository';

export interface ApplySummary {
  added: number;
  changed: number;
  restored: number;
  leaving: number;
  suspended: number;
  /** Entries that no longer matched the member (changed by hand since the preview): left as they are. */
  skipped: number;
}

export type Progress = (done: number, total: number) => Promise<void>;

const PROGRESS_EVERY = 200;

/**
 * Applies a preview, inside the caller's one transaction (all of it or none of it). Each entry applies only if the
 * member is still as the preview found them, so a preview applied late, or a run retried after a crash, changes
 * nothing twice and nothing a director changed since. Every change is audited and sent as membership.changed.
 */
@Injectable()
export class RosterApplyService {
  constructor(
    private readonly db: TenantDb,
    private readonly people: PeopleRepository,
    private readonly members: PeopleService,
    private readonly roster: RosterMembersRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Accounts that exist already for the people to add (read as the system: accounts are not the trust's). */
  accountsFor(diff: RosterPreview): Promise<Map<string, string>> {
    return this.db.runAsSystem((em) =>
      this.roster.accounts(
        em,
        diff.add.map((a) => a.email),
      ),
    );
  }

  async apply(
    sourceId: string,
    diff: RosterPreview,
    accounts: Map<string, string>,
    progress: Progress,
  ): Promise<ApplySummary> {
    const summary: ApplySummary = { added: 0, changed: 0, restored: 0, leaving: 0, suspended: 0, skipped: 0 };
    const total =
      diff.add.length + diff.change.length + diff.restore.length + diff.leaving.length + diff.suspend.length;
    let done = 0;
    const step = async (applied: keyof ApplySummary | null) => {
      summary[applied ?? 'skipped']++;
      if (++done % PROGRESS_EVERY === 0) await progress(done, total);
    };
    await this.people.lockMemberships();
    const now = this.clock.now();
    for (const person of diff.add) await step((await this.add(sourceId, person, accounts, now)) ? 'added' : null);
    for (const change of diff.change) await step((await this.change(sourceId, change, 'ACTIVE')) ? 'changed' : null);
    for (const change of diff.restore)
      await step((await this.change(sourceId, change, 'SUSPENDED')) ? 'restored' : null);
    for (const leaver of diff.leaving) await step((await this.leave(leaver.userId, now)) ? 'leaving' : null);
    for (const leaver of diff.suspend) await step((await this.suspend(leaver.userId, now)) ? 'suspended' : null);
    await progress(done, total);
    return summary;
  }

  private async add(sourceId: string, person: Synced, accounts: Map<string, string>, now: Date): Promise<boolean> {
    if (await this.people.memberByEmail(person.email)) return false;
    const existing = accounts.get(person.email.toLowerCase());
    const userId = existing ?? randomUUID();
    // No password ('!' is no argon2 hash): they sign in with the trust's identity provider, or set one by reset.
    if (!existing && !(await this.people.addUser(userId, person.email, person.displayName, '!')))
      throw new Error('An account was made during the sync: the run is retried');
    const fields = { role: person.role, schoolIds: person.schoolIds, educatorLead: person.educatorLead };
    if (!(await this.people.addMembership(userId, fields, person))) return false;
    await this.roster.link(userId, sourceId, person.misId, person.displayName);
    await this.roster.closeInvitations(person.email, now);
    await this.members.record((await this.people.member(userId))!, 'synced_in');
    return true;
  }

  private async change(sourceId: string, change: RosterChange, status: 'ACTIVE' | 'SUSPENDED'): Promise<boolean> {
    const before = await this.people.member(change.userId);
    if (!before || before.status !== status || !matches(before, change.before)) return false;
    const after: PersonRow = { ...before, ...change.after, status: 'ACTIVE' };
    await this.people.setMembership(change.userId, after);
    await this.roster.link(change.userId, sourceId, change.misId, change.after.displayName);
    if (status === 'SUSPENDED') await this.people.setStatus(change.userId, 'ACTIVE', this.clock.now());
    await this.members.record(after, status === 'SUSPENDED' ? 'synced_restored' : 'synced', before);
    return true;
  }

  private async leave(userId: string, now: Date): Promise<boolean> {
    if (!(await this.roster.markLeaving(userId, now))) return false;
    await this.audit.record({ entity: 'membership', entityId: userId, action: 'left_mis', after: { misLeftAt: now } });
    return true;
  }

  private async suspend(userId: string, now: Date): Promise<boolean> {
    const before = await this.people.member(userId);
    if (!before || before.status !== 'ACTIVE' || IT_ROLES.includes(before.role)) return false;
    await this.people.setStatus(userId, 'SUSPENDED', now);
    await this.members.record({ ...before, status: 'SUSPENDED' }, 'synced_suspended', before);
    return true;
  }
}

/** The member still holds what the preview read ("before") for every field it would change. */
const matches = (member: PersonRow, before: RosterChange['before']): boolean =>
  Object.entries(before).every(
    ([key, value]) => JSON.stringify(sorted(member[key as keyof PersonRow])) === JSON.stringify(sorted(value)),
  );

const sorted = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);
