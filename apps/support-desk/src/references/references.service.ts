import { Injectable } from '@nestjs/common';
import { CalendarEvent, schoolCalendar, SchoolCalendar } from '@trustops/school-calendar';
import { Actor, TenantDb } from '@trustops/service-kit';
import { schoolNotFound } from '../tickets/tickets.errors';

/**
 * What the desk keeps of directory's data: the trust's ticket prefix, its schools and their calendars. Read in
 * the request's transaction, so RLS applies to them like to tickets.
 */
@Injectable()
export class ReferencesService {
  constructor(private readonly db: TenantDb) {}

  async requireSchool(actor: Actor, schoolId: string): Promise<{ id: string; name: string }> {
    if (actor.schoolIds && !actor.schoolIds.includes(schoolId)) throw schoolNotFound(schoolId);
    const [school] = await this.db.em().query('SELECT id, name FROM support_desk.school_ref WHERE id = $1', [schoolId]);
    if (!school) throw schoolNotFound(schoolId);
    return school;
  }

  async calendarFor(schoolId: string): Promise<SchoolCalendar> {
    const events: CalendarEvent[] = await this.db.em().query(
      `SELECT kind, title, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
       FROM support_desk.calendar_ref WHERE school_id = $1 OR school_id IS NULL`, [schoolId]);
    return schoolCalendar(events);
  }

  /** The next per-trust ticket number, e.g. NLT-1043 (a row lock makes concurrent raises wait their turn). */
  async nextTicketNumber(): Promise<string> {
    const [row] = await this.db.em().query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      'WITH bumped AS (UPDATE support_desk.trust_ref SET next_ticket = next_ticket + 1 RETURNING code, next_ticket) SELECT * FROM bumped');
    if (!row) throw new Error('trust_ref missing for this trust');
    return `${row.code}-${row.next_ticket}`;
  }
}
