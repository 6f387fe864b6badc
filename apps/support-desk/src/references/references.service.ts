import { Injectable } from '@nestjs/common';
import { CalendarEvent, schoolCalendar, SchoolCalendar } from '@trustops/school-calendar';
import { Actor, TenantDb } from '@trustops/service-kit';
import { ClsService } from 'nestjs-cls';
import { schoolNotFound } from '../tickets/tickets.errors';

export interface MemberRef { userId: string; displayName: string; role: Actor['role']; schoolIds: string[] | null }

const CALENDARS = Symbol('calendars');

/**
 * What the desk keeps of directory's data: the trust's ticket prefix, its schools, calendars and members. Read in
 * the request's transaction, so RLS applies to them like to tickets.
 */
@Injectable()
export class ReferencesService {
  constructor(private readonly db: TenantDb, private readonly cls: ClsService) {}

  async requireSchool(actor: Actor, schoolId: string): Promise<{ id: string; name: string; phase: string }> {
    if (actor.schoolIds && !actor.schoolIds.includes(schoolId)) throw schoolNotFound(schoolId);
    const [school] = await this.db.em().query('SELECT id, name, phase FROM support_desk.school_ref WHERE id = $1', [schoolId]);
    if (!school) throw schoolNotFound(schoolId);
    return school;
  }

  /** One read per school per request or job: a queue page of 50 tickets needs each school's calendar once. */
  calendarFor(schoolId: string): Promise<SchoolCalendar> {
    const cache = this.cache();
    let calendar = cache?.get(schoolId);
    if (!calendar) {
      calendar = this.readCalendar(schoolId);
      cache?.set(schoolId, calendar);
    }
    return calendar;
  }

  async member(userId: string): Promise<MemberRef | null> {
    const [row] = await this.db.em().query(
      `SELECT user_id AS "userId", display_name AS "displayName", role, school_ids AS "schoolIds" FROM support_desk.member_ref WHERE user_id = $1`, [userId]);
    return row ?? null;
  }

  /** The next per-trust ticket number, e.g. NLT-1043 (a row lock makes concurrent raises wait their turn). */
  async nextTicketNumber(): Promise<string> {
    const [row] = await this.db.em().query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      'WITH bumped AS (UPDATE support_desk.trust_ref SET next_ticket = next_ticket + 1 RETURNING code, next_ticket) SELECT * FROM bumped');
    if (!row) throw new Error('trust_ref missing for this trust');
    return `${row.code}-${row.next_ticket}`;
  }

  private async readCalendar(schoolId: string): Promise<SchoolCalendar> {
    const events: CalendarEvent[] = await this.db.em().query(
      `SELECT kind, title, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
       FROM support_desk.calendar_ref WHERE school_id = $1 OR school_id IS NULL`, [schoolId]);
    return schoolCalendar(events);
  }

  private cache(): Map<string, Promise<SchoolCalendar>> | undefined {
    if (!this.cls.isActive()) return undefined;
    let cache = this.cls.get(CALENDARS) as Map<string, Promise<SchoolCalendar>> | undefined;
    if (!cache) {
      cache = new Map();
      this.cls.set(CALENDARS, cache);
    }
    return cache;
  }
}
