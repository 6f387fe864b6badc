import { Injectable } from '@nestjs/common';
import { CopiesReader } from '@trustops/directory-copies';
import { SCHEMA } from '../service-schema';

/** What change management reads of directory's data, from its own copies (libs/directory-copies), under RLS. */
@Injectable()
export class DirectoryCopiesRepository extends CopiesReader {
  /** The trust's open schools: a closed one is offered for no new change (named by id, it still answers). */
  async schoolIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db
      .em()
      .query(`SELECT id FROM ${SCHEMA}.school_ref WHERE closed_at IS NULL ORDER BY name`);
    return rows.map((r) => r.id);
  }
}
