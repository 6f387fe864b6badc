import { Injectable } from '@nestjs/common';
import { MemberCopy, readMember, readSchoolCalendar, requireSchoolCopies, requireSchoolCopy } from '@trustops/directory-copies';
import { SchoolCalendar } from '@trustops/school-calendar';
import { Actor, TenantDb } from '@trustops/service-kit';

export const S = 'change_management';


/** What change management reads of directory's data, from its own copies (libs/directory-copies), under RLS. */
@Injectable()
export class ReferencesService {
  constructor(private readonly db: TenantDb) {}

  requireSchool(actor: Actor, schoolId: string): Promise<{ id: string; name: string; phase: string }> {
    return requireSchoolCopy(this.db.em(), S, actor, schoolId);
  }

  requireSchools(actor: Actor, schoolIds: string[]): Promise<{ id: string; name: string; phase: string }[]> {
    return requireSchoolCopies(this.db.em(), S, actor, schoolIds);
  }

  async schoolIds(): Promise<string[]> {
    return (await this.db.em().query(`SELECT id FROM ${S}.school_ref ORDER BY name`)).map((r: { id: string }) => r.id);
  }

  calendarFor(schoolId: string): Promise<SchoolCalendar> {
    return readSchoolCalendar(this.db.em(), S, schoolId);
  }

  member(userId: string): Promise<MemberCopy | null> {
    return readMember(this.db.em(), S, userId);
  }
}
