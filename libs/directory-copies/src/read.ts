import { CalendarEvent, schoolCalendar, SchoolCalendar } from '@trustops/school-calendar';
import { Actor, assertIdentifier, TenantDb } from '@trustops/service-kit';
import { directoryCopyErrors } from './directory-copies.errors';
import { EntityManager } from 'typeorm';

export interface MemberCopy {
  userId: string;
  displayName: string;
  /** Where notifications reach them; null for a copy made before directory sent it. */
  email: string | null;
  role: string;
  schoolIds: string[] | null;
  educatorLead: boolean;
  /** SUSPENDED: kept for the names on past work, offered for no new work. */
  status: 'ACTIVE' | 'SUSPENDED';
}

/** A school's calendar (its own events and the trust-wide ones) from the copies. */
export async function readSchoolCalendar(em: EntityManager, schema: string, schoolId: string): Promise<SchoolCalendar> {
  const events: CalendarEvent[] = await em.query(
    `SELECT kind, title, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
     FROM ${assertIdentifier(schema)}.calendar_ref WHERE school_id = $1 OR school_id IS NULL`,
    [schoolId],
  );
  return schoolCalendar(events);
}

export async function readMember(em: EntityManager, schema: string, userId: string): Promise<MemberCopy | null> {
  const [row] = await em.query(
    `SELECT user_id AS "userId", display_name AS "displayName", email, role, school_ids AS "schoolIds", educator_lead AS "educatorLead", status
     FROM ${assertIdentifier(schema)}.member_ref WHERE user_id = $1`,
    [userId],
  );
  return row ?? null;
}

/** A school as a service's copy holds it; `closedAt` is set once directory closes it (school.closed). */
export interface SchoolCopy {
  id: string;
  name: string;
  phase: string;
  closedAt: Date | null;
}

export async function readSchool(em: EntityManager, schema: string, schoolId: string): Promise<SchoolCopy | null> {
  const [row] = await em.query(
    `SELECT id, name, phase, closed_at AS "closedAt" FROM ${assertIdentifier(schema)}.school_ref WHERE id = $1`,
    [schoolId],
  );
  return row ?? null;
}

/**
 * The one rule for "a school this actor may name": in the actor's scope and in the trust's copies (RLS), or
 * SCHOOL_NOT_FOUND, so another trust's school looks like none. `read` fetches the copy (a service may cache it).
 */
export async function requireSchoolWith<S>(
  actor: Actor,
  schoolId: string,
  read: (schoolId: string) => Promise<S | null>,
): Promise<S> {
  const school = actor.schoolIds && !actor.schoolIds.includes(schoolId) ? null : await read(schoolId);
  if (!school)
    throw directoryCopyErrors.error('SCHOOL_NOT_FOUND', 'No school with that id in your trust', { schoolId });
  return school;
}

/** requireSchoolWith, reading the copy straight from the database. */
export const requireSchoolCopy = (em: EntityManager, schema: string, actor: Actor, schoolId: string) =>
  requireSchoolWith(actor, schoolId, (id) => readSchool(em, schema, id));

/** Each of the schools (once), in order, with requireSchoolCopy's rule. */
export async function requireSchoolCopies(
  em: EntityManager,
  schema: string,
  actor: Actor,
  schoolIds: string[],
): Promise<SchoolCopy[]> {
  const schools = [];
  for (const id of new Set(schoolIds)) schools.push(await requireSchoolCopy(em, schema, actor, id));
  return schools;
}

/** Every trust with a school in this service's copies: what a watcher sweeps, one trust (and its RLS) at a time. */
export async function copiedTrustIds(db: TenantDb): Promise<string[]> {
  const rows: { trust_id: string }[] = await db.runAsSystem((em) =>
    em.query(`SELECT DISTINCT trust_id FROM ${assertIdentifier(db.schema)}.school_ref ORDER BY trust_id`),
  );
  return rows.map((row) => row.trust_id);
}
