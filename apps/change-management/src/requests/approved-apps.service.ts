import { Injectable } from '@nestjs/common';
import { AuditService, likeLiteral, notFound, TenantDb } from '@trustops/service-kit';
import { S } from '../references/references.service';

export interface AppRow {
  id: string;
  name: string;
  vendor: string;
  purpose: string;
  dpiaStatus: string;
  dataShared: string;
  schoolIds: string[] | null;
}

const COLUMNS = `id, name, vendor, purpose, dpia_status AS "dpiaStatus", data_shared AS "dataShared", school_ids AS "schoolIds"`;

/** The trust's approved-apps register: searchable by anyone before they ask. */
@Injectable()
export class ApprovedAppsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  search(text: string | null): Promise<AppRow[]> {
    const words = text?.trim() ? `%${likeLiteral(text.trim())}%` : null;
    return this.db
      .em()
      .query(
        `SELECT ${COLUMNS} FROM ${S}.approved_app WHERE $1::text IS NULL OR name ILIKE $1 OR vendor ILIKE $1 OR purpose ILIKE $1 ORDER BY lower(name) LIMIT 200`,
        [words],
      );
  }

  async setDpia(id: string, status: string): Promise<AppRow> {
    const [before] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${S}.approved_app WHERE id = $1`, [id]);
    if (!before) throw notFound('APP_NOT_FOUND', 'No app with that id in your register', { appId: id });
    await this.db.em().query(`UPDATE ${S}.approved_app SET dpia_status = $2 WHERE id = $1`, [id, status]);
    await this.audit.record({
      entity: 'approved_app',
      entityId: id,
      action: 'dpia_set',
      before: { dpiaStatus: before.dpiaStatus },
      after: { dpiaStatus: status },
    });
    return { ...before, dpiaStatus: status };
  }
}
