import { Injectable } from '@nestjs/common';
import { likeLiteral, TenantDb } from '@trustops/service-kit';
import { SCHEMA } from '../service-schema';

export interface AppRow {
  id: string;
  name: string;
  vendor: string;
  purpose: string;
  dpiaStatus: string;
  dataShared: string;
  schoolIds: string[] | null;
}

export interface NewApp {
  name: string;
  vendor: string;
  purpose: string;
  schoolIds: string[];
  requestId: string;
}

const COLUMNS = `id, name, vendor, purpose, dpia_status AS "dpiaStatus", data_shared AS "dataShared", school_ids AS "schoolIds"`;

/** The approved-apps register in SQL, under RLS. */
@Injectable()
export class ApprovedAppsRepository {
  constructor(private readonly db: TenantDb) {}

  /** `text` null: all; otherwise a plain-text match (wildcards escaped) on name, vendor or purpose. */
  search(text: string | null): Promise<AppRow[]> {
    const words = text ? `%${likeLiteral(text)}%` : null;
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM ${SCHEMA}.approved_app
       WHERE $1::text IS NULL OR name ILIKE $1 OR vendor ILIKE $1 OR purpose ILIKE $1 ORDER BY lower(name) LIMIT 200`,
      [words],
    );
  }

  async get(id: string): Promise<AppRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM ${SCHEMA}.approved_app WHERE id = $1`, [id]);
    return row ?? null;
  }

  async setDpia(id: string, status: string): Promise<void> {
    await this.db.em().query(`UPDATE ${SCHEMA}.approved_app SET dpia_status = $2 WHERE id = $1`, [id, status]);
  }

  /** The new app's id; null when an app of that name (in any case) is on the register already. */
  async insertUnlessNamed(app: NewApp): Promise<string | null> {
    const [row] = await this.db.em().query(
      `INSERT INTO ${SCHEMA}.approved_app (name, vendor, purpose, school_ids, request_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (trust_id, lower(name)) DO NOTHING RETURNING id`,
      [app.name, app.vendor, app.purpose, app.schoolIds, app.requestId],
    );
    return row?.id ?? null;
  }
}
