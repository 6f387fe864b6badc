import { Injectable } from '@nestjs/common';
import { readMember, readSchoolCalendar } from '@trustops/directory-copies';
import { SchoolCalendar } from '@trustops/school-calendar';
import { Actor, TenantDb } from '@trustops/service-kit';
import { ClsService } from 'nestjs-cls';
import { schoolNotFound } from '../tickets/tickets.errors';
import { ReferenceCache } from './reference-cache';

/**
 * The next per-trust ticket number, e.g. NLT-1043, from the trust's own sequence (no lock held until commit),
 * as SQL for the ticket's INSERT. RLS leaves one trust_ref row: the caller's.
 */
export const NEXT_NUMBER_SQL = `(SELECT code || '-' || nextval(format('support_desk.ticket_no_%s', replace(trust_id::text, '-', ''))::regclass) FROM support_desk.trust_ref)`;

export interface MemberRef {
  userId: string;
  displayName: string;
  role: Actor['role'];
  schoolIds: string[] | null;
}

/**
 * What the desk keeps of directory's data: the trust's ticket prefix, its schools, calendars and members. Read in
 * the request's transaction, so RLS applies to them like to tickets.
 */
@Injectable()
export class ReferencesService {
  constructor(
    private readonly db: TenantDb,
    private readonly cls: ClsService,
    private readonly cache: ReferenceCache,
  ) {}

  /**
   * `load` once per trust and key for a short while (ReferenceCache). Outside a request (jobs, seeding) there is
   * no verified trust to key on, so it reads every time.
   */
  cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const trustId = this.cls.isActive() ? (this.cls.get('actor') as Actor | undefined)?.trustId : undefined;
    return trustId ? this.cache.get(`${trustId}:${key}`, load) : load();
  }

  /** After a write to a trust's reference data: this replica reads it fresh at once. */
  forget(trustId: string): void {
    this.cache.dropPrefix(`${trustId}:`);
  }

  async requireSchool(actor: Actor, schoolId: string): Promise<{ id: string; name: string; phase: string }> {
    if (actor.schoolIds && !actor.schoolIds.includes(schoolId)) throw schoolNotFound(schoolId);
    const school = await this.cached(
      `school:${schoolId}`,
      async () =>
        (
          await this.db.em().query('SELECT id, name, phase FROM support_desk.school_ref WHERE id = $1', [schoolId])
        )[0] ?? null,
    );
    if (!school) throw schoolNotFound(schoolId);
    return school;
  }

  /** A queue page of 50 tickets needs each school's calendar once, and a raise needs none from the database. */
  calendarFor(schoolId: string): Promise<SchoolCalendar> {
    return this.cached(`calendar:${schoolId}`, () => readSchoolCalendar(this.db.em(), 'support_desk', schoolId));
  }

  member(userId: string): Promise<MemberRef | null> {
    return this.cached(
      `member:${userId}`,
      () => readMember(this.db.em(), 'support_desk', userId) as Promise<MemberRef | null>,
    );
  }
}
