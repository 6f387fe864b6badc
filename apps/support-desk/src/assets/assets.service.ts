import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, DomainError, likeLiteral, notFound, TenantDb } from '@trustops/service-kit';
import { ReferencesService } from '../references/references.service';
import { ASSET_TYPES, RegisterAssetInput } from './assets.types';

export interface AssetRow {
  id: string;
  tag: string;
  type: string;
  model: string | null;
  schoolId: string;
  assignedUserId: string | null;
}

const COLUMNS = `id, tag, type, model, school_id AS "schoolId", assigned_user_id AS "assignedUserId"`;
const TAG = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/;

export const assetNotFound = (assetId: string) =>
  notFound('ASSET_NOT_FOUND', 'No asset with that id that you can see', { assetId });

/** Devices, lightly: a tag, a type, a school and who has it. Scoped by trust and school like tickets. */
@Injectable()
export class AssetsService {
  constructor(
    private readonly db: TenantDb,
    private readonly refs: ReferencesService,
    private readonly audit: AuditService,
  ) {}

  list(schoolId: string | null, text: string | null, first: number): Promise<AssetRow[]> {
    return this.db.em().query(
      `SELECT ${COLUMNS} FROM support_desk.asset WHERE ($1::uuid IS NULL OR school_id = $1) AND ($2::text IS NULL OR tag ILIKE $2 || '%' OR model ILIKE '%' || $2 || '%')
       ORDER BY tag LIMIT $3`,
      [schoolId, text?.trim() ? likeLiteral(text.trim()) : null, Math.min(Math.max(first, 1), 200)],
    );
  }

  async get(id: string): Promise<AssetRow | null> {
    const [row] = await this.db.em().query(`SELECT ${COLUMNS} FROM support_desk.asset WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** A ticket may link only an asset of its own school. */
  async requireAtSchool(assetId: string, schoolId: string): Promise<AssetRow> {
    const asset = await this.get(assetId);
    if (!asset) throw assetNotFound(assetId);
    if (asset.schoolId !== schoolId)
      throw badInput(`Asset ${asset.tag} belongs to another school than the ticket`, { field: 'assetId' });
    return asset;
  }

  async register(actor: Actor, input: RegisterAssetInput): Promise<AssetRow> {
    const tag = input.tag.trim().toUpperCase();
    if (!TAG.test(tag))
      throw badInput('An asset tag is 1 to 40 letters, digits, dots, dashes or slashes', { field: 'tag' });
    if (!(ASSET_TYPES as readonly string[]).includes(input.type))
      throw badInput(`Type must be one of ${ASSET_TYPES.join(', ')}`, { field: 'type' });
    if (input.model && input.model.length > 120)
      throw badInput('Keep the model under 120 characters', { field: 'model' });
    await this.refs.requireSchool(actor, input.schoolId);
    if (input.assignedUserId && !(await this.refs.member(input.assignedUserId)))
      throw badInput('No member of your trust with that id', { field: 'assignedUserId' });
    const [row] = await this.db.em().query(
      `INSERT INTO support_desk.asset (school_id, tag, type, model, assigned_user_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (trust_id, tag) DO NOTHING RETURNING ${COLUMNS}`,
      [input.schoolId, tag, input.type, input.model?.trim() || null, input.assignedUserId ?? null],
    );
    if (!row) throw new DomainError('ASSET_TAG_TAKEN', 'CONFLICT', `Tag ${tag} is already used in your trust`, { tag });
    await this.audit.record({ entity: 'asset', entityId: row.id, action: 'registered', after: row });
    return row;
  }
}
