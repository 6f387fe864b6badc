import { Injectable } from '@nestjs/common';
import { MemberCopy, readMember, readSchool, readSchoolCalendar } from '@trustops/directory-copies';
import { SchoolCalendar } from '@trustops/school-calendar';
import { Actor, notFound, TenantDb } from '@trustops/service-kit';

export const S = 'change_management';

export const schoolNotFound = (schoolId: string) => notFound('SCHOOL_NOT_FOUND', 'No school with that id in your trust', { schoolId });

/** What change management reads of directory's data, from its own copies (libs/directory-copies), under RLS. */
@Injectable()
export class ReferencesService {
  constructor(private readonly db: TenantDb) {}

  async requireSchool(actor: Actor, schoolId: string): Promise<{ id: string; name: string; phase: string }> {
    if (actor.schoolIds && !actor.schoolIds.includes(schoolId)) throw schoolNotFound(schoolId);
    const school = await readSchool(this.db.em(), S, schoolId);
    if (!school) throw schoolNotFound(schoolId);
    return school;
  }

  async requireSchools(actor: Actor, schoolIds: string[]): Promise<{ id: string; name: string; phase: string }[]> {
    const unique = [...new Set(schoolIds)];
    const schools = [];
    for (const id of unique) schools.push(await this.requireSchool(actor, id));
    return schools;
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
