import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Role } from '@trustops/contracts';
import { AuditService, Clock, TenantDb } from '@trustops/service-kit';
import { PeopleRepository, PersonRow } from '../people/people.repository';
import { PeopleService } from '../people/people.service';
import { IT_ROLES, RosterChange, RosterPreview, sameValue } from './roster-preview';
import { RosterMembersRepository, SyncedMember } from './roster-members.repository';

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

const BATCH = 1000;

/**
 * Applies a preview inside the caller's one transaction (all of it or none of it), a batch per statement. Each
 * entry applies only if the member is still as the preview found them, so a preview applied late, or a run retried
 * after a crash, changes nothing twice and nothing a director changed since. Every change is audited and sent as
 * membership.changed (both written with the commit, in one statement).
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

  /** Accounts that exist by now for the people to add, who are then left out (read as the system). */
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
    const total =
      diff.add.length + diff.change.length + diff.restore.length + diff.leaving.length + diff.suspend.length;
    await this.people.lockMemberships();
    const now = this.clock.now();
    const current = new Map((await this.roster.members()).map((m) => [m.userId!, m]));
    const emails = new Set([...current.values()].map((m) => m.email.toLowerCase()));
    let done = 0;
    const step = async (n: number) => {
      done += n;
      await progress(done, total);
    };
    const summary: ApplySummary = {
      added: await this.add(sourceId, diff, accounts, emails, now, step),
      changed: await this.change(sourceId, diff.change, current, 'ACTIVE', step),
      restored: await this.change(sourceId, diff.restore, current, 'SUSPENDED', step),
      leaving: await this.leave(sourceId, diff, now, step),
      suspended: await this.suspend(sourceId, diff, current, now, step),
      skipped: 0,
    };
    summary.skipped = total - Object.values(summary).reduce((n, v) => n + v, 0);
    return summary;
  }

  private async add(
    sourceId: string,
    diff: RosterPreview,
    accounts: Map<string, string>,
    emails: Set<string>,
    now: Date,
    step: (n: number) => Promise<void>,
  ): Promise<number> {
    let added = 0;
    for (const batch of chunks(diff.add)) {
      // Only new people: an account made since the preview (someone signed up elsewhere) is left to an invitation.
      const fresh = batch.filter((p) => !emails.has(p.email.toLowerCase()) && !accounts.has(p.email.toLowerCase()));
      const members: SyncedMember[] = fresh.map((p) => ({ ...p, userId: randomUUID() }));
      if ((await this.roster.addAccounts(members)) !== members.length)
        throw new Error('An account was made during the sync: the run is retried');
      const joined = await this.roster.addMemberships(sourceId, members);
      await this.roster.closeInvitations(
        members.filter((m) => joined.has(m.userId)).map((m) => m.email),
        now,
      );
      for (const m of members.filter((m) => joined.has(m.userId)))
        await this.members.record(personOf(m, { status: 'ACTIVE', tokensValidFrom: null }), 'synced_in');
      added += joined.size;
      await step(batch.length);
    }
    return added;
  }

  private async change(
    sourceId: string,
    changes: RosterChange[],
    current: Map<string, PersonRow>,
    status: 'ACTIVE' | 'SUSPENDED',
    step: (n: number) => Promise<void>,
  ): Promise<number> {
    let changed = 0;
    for (const batch of chunks(changes)) {
      const applicable = batch.flatMap((c) => {
        const before = current.get(c.userId);
        if (!before || before.status !== status || !matches(before, c.before)) return [];
        return [{ before, after: { ...before, ...c.after, status: 'ACTIVE' as const }, misId: c.misId }];
      });
      await this.roster.update(
        sourceId,
        applicable.map(({ after, misId }) => ({ ...after, userId: after.userId!, misId })),
      );
      for (const { before, after } of applicable)
        await this.members.record(after, status === 'SUSPENDED' ? 'synced_restored' : 'synced', before);
      changed += applicable.length;
      await step(batch.length);
    }
    return changed;
  }

  private async leave(
    sourceId: string,
    diff: RosterPreview,
    now: Date,
    step: (n: number) => Promise<void>,
  ): Promise<number> {
    let marked = 0;
    for (const batch of chunks(diff.leaving)) {
      const ids = await this.roster.markLeaving(
        sourceId,
        batch.map((l) => l.userId),
        now,
      );
      for (const userId of ids)
        await this.audit.record({
          entity: 'membership',
          entityId: userId,
          action: 'left_mis',
          after: { misLeftAt: now },
        });
      marked += ids.size;
      await step(batch.length);
    }
    return marked;
  }

  private async suspend(
    sourceId: string,
    diff: RosterPreview,
    current: Map<string, PersonRow>,
    now: Date,
    step: (n: number) => Promise<void>,
  ): Promise<number> {
    let count = 0;
    for (const batch of chunks(diff.suspend)) {
      const going = batch
        .map((l) => current.get(l.userId))
        .filter((m): m is PersonRow => !!m && m.status === 'ACTIVE' && !IT_ROLES.includes(m.role));
      const suspended = await this.roster.suspend(
        sourceId,
        going.map((m) => m.userId!),
        now,
      );
      for (const before of going.filter((m) => suspended.has(m.userId!)))
        await this.members.record({ ...before, status: 'SUSPENDED' }, 'synced_suspended', before);
      count += suspended.size;
      await step(batch.length);
    }
    return count;
  }
}

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

const personOf = (m: SyncedMember, more: Pick<PersonRow, 'status' | 'tokensValidFrom'>): PersonRow => ({
  id: m.userId,
  userId: m.userId,
  invitationId: null,
  email: m.email,
  displayName: m.displayName,
  role: m.role as Role,
  schoolIds: m.schoolIds,
  educatorLead: m.educatorLead,
  expiresAt: null,
  sortName: m.displayName.toLowerCase(),
  ...more,
});

/** The member still holds what the preview read ("before") for every field it would change. */
const matches = (member: PersonRow, before: RosterChange['before']): boolean =>
  Object.entries(before).every(([key, value]) => sameValue(member[key as keyof PersonRow], value));
