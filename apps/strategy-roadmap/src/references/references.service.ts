import { Injectable } from '@nestjs/common';
import { MemberCopy, readMember, readSchool } from '@trustops/directory-copies';
import { Actor, badInput, notFound, TenantDb } from '@trustops/service-kit';

export const S = 'strategy_roadmap';
export const schoolNotFound = (schoolId: string) => notFound('SCHOOL_NOT_FOUND', 'No school with that id in your trust', { schoolId });

/** What the roadmap reads of directory's data, from its own copies, under RLS. */
@Injectable()
export class ReferencesService {
  constructor(private readonly db: TenantDb) {}

  async requireSchool(actor: Actor, schoolId: string): Promise<{ id: string; name: string; phase: string }> {
    if (actor.schoolIds && !actor.schoolIds.includes(schoolId)) throw schoolNotFound(schoolId);
    const school = await readSchool(this.db.em(), S, schoolId);
    if (!school) throw schoolNotFound(schoolId);
    return school;
  }

  async requireSchools(actor: Actor, schoolIds: string[]): Promise<void> {
    for (const id of new Set(schoolIds)) await this.requireSchool(actor, id);
  }

  schools(): Promise<{ id: string; name: string }[]> {
    return this.db.em().query(`SELECT id, name FROM ${S}.school_ref ORDER BY name`);
  }

  async requireMember(userId: string, field: string): Promise<MemberCopy> {
    const member = await readMember(this.db.em(), S, userId);
    if (!member) throw badInput('That person is not a member of your trust', { field });
    return member;
  }
}
