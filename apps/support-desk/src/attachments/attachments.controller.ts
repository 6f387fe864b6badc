import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  Actor,
  closeAfterAnswer,
  isUuid,
  readBody,
  sendHttpError,
  TenantDb,
  TOKEN_VERIFIER,
  TokenVerifier,
  unauthenticated,
} from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { AttachmentRouteCode } from './attachments.errors';
import { attachmentUrl, AttachmentsService } from './attachments.service';
import { checkUpload, DEFAULT_MAX_BYTES } from './upload-rules';

export const maxAttachmentBytes = (env: Record<string, string | undefined> = process.env) =>
  Number(env.ATTACHMENT_MAX_BYTES ?? DEFAULT_MAX_BYTES);

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: AttachmentRouteCode,
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = (max: number) =>
  new HttpFailure(413, 'PAYLOAD_TOO_LARGE', `Files are at most ${Math.floor(max / 1024 / 1024)} MB`);

function sendError(req: Request, res: Response, error: unknown): void {
  if (!req.complete) closeAfterAnswer(req, res);
  if (error instanceof HttpFailure) {
    res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    return;
  }
  sendHttpError(res, error);
}

/** Upload and download of ticket attachments: plain HTTP (bytes, not GraphQL), same token, same RLS. */
@Controller('files/attachments')
export class AttachmentsController {
  private readonly maxBytes = maxAttachmentBytes();

  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly db: TenantDb,
    private readonly attachments: AttachmentsService,
  ) {}

  @Post()
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @Query('ticketId') ticketId: string,
    @Query('fileName') fileName: string,
  ): Promise<void> {
    try {
      // Refused from the header alone, before a byte of the body is read.
      if (Number(req.headers['content-length'] ?? 0) > this.maxBytes) throw tooLarge(this.maxBytes);
      const actor = await this.actor(req);
      if (!isUuid(ticketId))
        throw new HttpFailure(400, 'BAD_USER_INPUT', 'ticketId (query parameter) must be a ticket id');
      const bytes = await readBody(
        req,
        this.maxBytes,
        () => tooLarge(this.maxBytes),
        () => new HttpFailure(400, 'BAD_REQUEST', 'The upload was cut short'),
      );
      const check = checkUpload(fileName ?? '', req.headers['content-type'] ?? '', bytes, this.maxBytes);
      if (!check.ok) throw new HttpFailure(check.status, check.code, check.message);
      const row = await this.db.runAsCaller(actor, () =>
        this.attachments.add(actor, ticketId, check.fileName, check.contentType, bytes),
      );
      res.status(201).json({
        id: row.id,
        fileName: row.fileName,
        contentType: row.contentType,
        sizeBytes: row.sizeBytes,
        url: attachmentUrl(row.id),
      });
    } catch (error) {
      sendError(req, res, error);
    }
  }

  @Get(':id')
  async download(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    try {
      const actor = await this.actor(req);
      const found = isUuid(id) ? await this.db.runAsCaller(actor, () => this.attachments.read(actor, id)) : null;
      if (!found) throw new HttpFailure(404, 'ATTACHMENT_NOT_FOUND', 'No attachment with that id that you can see');
      res.set({
        'content-type': found.row.contentType,
        'content-length': String(found.bytes.length),
        'x-content-type-options': 'nosniff',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(found.row.fileName)}`,
        'cache-control': 'private, no-store',
      });
      res.end(found.bytes);
    } catch (error) {
      sendError(req, res, error);
    }
  }

  private async actor(req: Request): Promise<Actor> {
    const actor = await this.verify(req.headers.authorization);
    if (!actor) throw unauthenticated();
    return actor;
  }
}
