import { Injectable } from '@nestjs/common';
import { Actor, AuditService, badInput, optionalText } from '@trustops/service-kit';
import { DirectoryCopiesService } from '../directory-copies/directory-copies.service';
import { assetErrors, assetNotFound } from './assets.errors';
import { AssetRow, AssetsRepository } from './assets.repository';
import { ASSET_TYPES, RegisterAssetInput } from './assets.types';

const TAG = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/;

/** Devices, lightly: a tag, a type, a school and who has it. Scoped by trust and school like tickets. */
@Injectable()
export class AssetsService {
  constructor(
    private readonly repo: AssetsRepository,
    private readonly copies: DirectoryCopiesService,
    private readonly audit: AuditService,
  ) {}

  list(schoolId: string | null, text: string | null, first: number): Promise<AssetRow[]> {
    return this.repo.list(schoolId, text?.trim() || null, Math.min(Math.max(first, 1), 200));
  }

  get(id: string): Promise<AssetRow | null> {
    return this.repo.byId(id);
  }

  /** A ticket may link only an asset of its own school. */
  async requireAtSchool(assetId: string, schoolId: string): Promise<AssetRow> {
    const asset = await this.repo.byId(assetId);
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
    // 120 as before: a model name, not a title.
    const model = optionalText('model', input.model, 'title', { max: 120 });
    await this.copies.requireSchool(actor, input.schoolId);
    if (input.assignedUserId && !(await this.copies.member(input.assignedUserId)))
      throw badInput('No member of your trust with that id', { field: 'assignedUserId' });
    const row = await this.repo.insert({
      schoolId: input.schoolId,
      tag,
      type: input.type,
      model,
      assignedUserId: input.assignedUserId ?? null,
    });
    if (!row) throw assetErrors.error('ASSET_TAG_TAKEN', `Tag ${tag} is already used in your trust`, { tag });
    await this.audit.record({ entity: 'asset', entityId: row.id, action: 'registered', after: row });
    return row;
  }
}
