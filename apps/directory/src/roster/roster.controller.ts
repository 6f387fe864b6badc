import { Controller, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { can } from '@trustops/contracts';
import {
  closeAfterAnswer,
  forbidden,
  isUuid,
  readBody,
  sendHttpError,
  TenantDb,
  TOKEN_VERIFIER,
  TokenVerifier,
  unauthenticated,
} from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { MAX_UPLOAD_BYTES } from './oneroster-csv';
import { sourceNotFound, tooLarge, uploadInvalid } from './roster.errors';
import { RosterService } from './roster.service';

/**
 * A roster source's files, uploaded by an IT director (POST /files/directory/roster/<source id>?fileName=…, the
 * body a ZIP of the OneRoster CSV files or one CSV): bytes, not GraphQL; same token, same row-level security.
 */
@Controller('files/roster')
export class RosterController {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly db: TenantDb,
    private readonly roster: RosterService,
  ) {}

  @Post(':id')
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
    @Query('fileName') fileName: string | undefined,
  ): Promise<void> {
    try {
      if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES)
        throw tooLarge(Number(req.headers['content-length']));
      const actor = await this.verify(req.headers.authorization);
      if (!actor) throw unauthenticated();
      if (!can(actor.role, 'ADMINISTER_TRUST')) throw forbidden('Only an IT director uploads roster files');
      if (!isUuid(id)) throw sourceNotFound(id);
      const bytes = await readBody(
        req,
        MAX_UPLOAD_BYTES,
        () => tooLarge(MAX_UPLOAD_BYTES + 1),
        () => uploadInvalid('The upload was cut short: send it again'),
      );
      const name = String(fileName ?? 'upload.zip').slice(0, 200);
      const source = await this.db.runAsCaller(actor, () => this.roster.upload(actor, id, bytes, name));
      res.status(201).json({ id: source.id, feedName: source.feedName, feedCounts: source.feedCounts });
    } catch (error) {
      if (!req.complete) closeAfterAnswer(req, res);
      sendHttpError(res, error);
    }
  }
}
