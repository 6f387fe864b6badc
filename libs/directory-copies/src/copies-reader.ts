import { Injectable } from '@nestjs/common';
import { SchoolCalendar } from '@trustops/school-calendar';
import { Actor, TenantDb } from '@trustops/service-kit';
import { MemberCopy, SchoolCopy, readMember, readSchoolCalendar, requireSchoolCopies, requireSchoolCopy } from './read';

/**
 * What a service reads of directory's data from its own copies, in the current transaction (under RLS), for the
 * service's own schema. A service's `ReferencesService extends CopiesReader` and adds what only it needs.
 */
@Injectable()
export class CopiesReader {
  constructor(protected readonly db: TenantDb) {}

  requireSchool(actor: Actor, schoolId: string): Promise<SchoolCopy> {
    return requireSchoolCopy(this.db.em(), this.db.schema, actor, schoolId);
  }

  requireSchools(actor: Actor, schoolIds: string[]): Promise<SchoolCopy[]> {
    return requireSchoolCopies(this.db.em(), this.db.schema, actor, schoolIds);
  }

  calendarFor(schoolId: string): Promise<SchoolCalendar> {
    return readSchoolCalendar(this.db.em(), this.db.schema, schoolId);
  }

  member(userId: string): Promise<MemberCopy | null> {
    return readMember(this.db.em(), this.db.schema, userId);
  }
}
