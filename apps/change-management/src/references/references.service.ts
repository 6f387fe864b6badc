import { Injectable } from '@nestjs/common';
import { CopiesReader } from '@trustops/directory-copies';

export const S = 'change_management';

/** What change management reads of directory's data, from its own copies (libs/directory-copies), under RLS. */
@Injectable()
export class ReferencesService extends CopiesReader {
  async schoolIds(): Promise<string[]> {
    return (await this.db.em().query(`SELECT id FROM ${S}.school_ref ORDER BY name`)).map((r: { id: string }) => r.id);
  }
}
