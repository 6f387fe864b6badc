import { Injectable } from '@nestjs/common';
import { MemberCopy, readMember, readSchool, readSchoolCalendar, SchoolCopy } from '@trustops/directory-copies';
import { SchoolCalendar } from '@trustops/school-calendar';
import { TenantDb } from '@trustops/service-kit';

export type { SchoolCopy };

/** The desk's copies of directory's schools, calendars and members, read in the request's transaction (RLS). */
@Injectable()
export class DirectoryCopiesRepository {
  constructor(private readonly db: TenantDb) {}

  school(schoolId: string): Promise<SchoolCopy | null> {
    return readSchool(this.db.em(), this.db.schema, schoolId);
  }

  calendar(schoolId: string): Promise<SchoolCalendar> {
    return readSchoolCalendar(this.db.em(), this.db.schema, schoolId);
  }

  member(userId: string): Promise<MemberCopy | null> {
    return readMember(this.db.em(), this.db.schema, userId);
  }
}
