import { Injectable } from '@nestjs/common';
import { CopiesReader } from '@trustops/directory-copies';
import { SCHEMA } from '../service-schema';

/** What change management reads of directory's data, from its own copies (libs/directory-copies), under RLS. */
@Injectable()
export class DirectoryCopiesRepository extends CopiesReader {
  async schoolIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.em().query(`SELECT id FROM ${SCHEMA}.school_ref ORDER BY name`);
    return rows.map((r) => r.id);
  }
}
