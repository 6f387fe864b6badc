import { Injectable } from '@nestjs/common';
import { CopiesReader, MemberCopy } from '@trustops/directory-copies';
import { badInput } from '@trustops/service-kit';
import { SCHEMA } from '../roadmap-schema';

/** What the roadmap reads of directory's data, from its own copies, under RLS. */
@Injectable()
export class DirectoryCopiesService extends CopiesReader {
  schools(): Promise<{ id: string; name: string }[]> {
    return this.db.em().query(`SELECT id, name FROM ${SCHEMA}.school_ref ORDER BY name`);
  }

  async requireMember(userId: string, field: string): Promise<MemberCopy> {
    const member = await this.member(userId);
    if (!member) throw badInput('That person is not a member of your trust', { field });
    return member;
  }
}
