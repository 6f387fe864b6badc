import { Injectable } from '@nestjs/common';
import { likeLiteral, TenantDb } from '@trustops/service-kit';

export interface AssetRow {
  id: string;
  tag: string;
  type: string;
  model: string | null;
  schoolId: string;
  assignedUserId: string | null;
}

export type NewAsset = Omit<AssetRow, 'id'>;

const COLUMNS = `id, tag, type, model, school_id AS "schoolId", assigned_user_id AS "assignedUserId"`;

/** Devices, scoped by trust and school by RLS like tickets. */
@Injectable()
export class AssetsRepository {
  constructor(private readonly db: TenantDb) {}

  /** By tag; `text` matches the start of a tag or part of a model. */
  list(schoolId: string | null, text: string | null, limit: number): Promise<AssetRow[]> {
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM support_desk.asset WHERE ($1::uuid IS NULL OR school_id = $1) AND ($2::text IS NULL OR tag ILIKE $2 || '%' OR model ILIKE '%' || $2 || '%')
       ORDER BY tag LIMIT $3`,
      [schoolId, text ? likeLiteral(text) : null, limit],
    );
  }

  async byId(id: string): Promise<AssetRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM support_desk.asset WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The new row, or null when the tag is already used in the trust. */
  async insert(asset: NewAsset): Promise<AssetRow | null> {
    const [row] = await this.db.em().query(
      `INSERT INTO support_desk.asset (school_id, tag, type, model, assigned_user_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (trust_id, tag) DO NOTHING RETURNING ${COLUMNS}`,
      [asset.schoolId, asset.tag, asset.type, asset.model, asset.assignedUserId],
    );
    return row ?? null;
  }
}
