import { Injectable } from '@nestjs/common';
import { MemberCopy, readMember, requireSchoolCopies, requireSchoolCopy } from '@trustops/directory-copies';
import { Actor, badInput, TenantDb } from '@trustops/service-kit';

export const S = 'strategy_roadmap';

/** What the roadmap reads of directory's data, from its own copies, under RLS. */
@Injectable()
export class ReferencesService {
  constructor(private readonly db: TenantDb) {}

  requireSchool(actor: Actor, schoolId: string): Promise<{ id: string; name: string; phase: string }> {
    return requireSchoolCopy(this.db.em(), S, actor, schoolId);
  }

  requireSchools(actor: Actor, schoolIds: string[]): Promise<{ id: string; name: string; phase: string }[]> {
    return requireSchoolCopies(this.db.em(), S, actor, schoolIds);
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
