import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Actor, isUuid, sendHttpError, TenantDb, TOKEN_VERIFIER, TokenVerifier, unauthenticated } from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { attachmentUrl, AttachmentsService } from './attachments.service';
import { checkUpload, DEFAULT_MAX_BYTES } from './upload-rules';

export const maxAttachmentBytes = (env: Record<string, string | undefined> = process.env) => Number(env.ATTACHMENT_MAX_BYTES ?? DEFAULT_MAX_BYTES);

class HttpFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

/**
 * Holds at most `max` bytes. Past that it reads on without keeping anything, so the client still gets its 413
 * (closing mid-upload loses the answer), but it hangs up on a sender that goes on for ten times the limit.
 */
async function readBody(req: Request, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max * 10) { req.destroy(); break; }
    if (size <= max) chunks.push(chunk as Buffer);
  }
  return size > max ? Buffer.alloc(max + 1) : Buffer.concat(chunks);
}

function sendError(res: Response, error: unknown): void {
  if (error instanceof HttpFailure) { res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] }); return; }
  sendHttpError(res, error);
}

/** Upload and download of ticket attachments: plain HTTP (bytes, not GraphQL), same token, same RLS. */
@Controller('files/attachments')
export class AttachmentsController {
  private readonly maxBytes = maxAttachmentBytes();

  constructor(@Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier, private readonly db: TenantDb, private readonly attachments: AttachmentsService) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response, @Query('ticketId') ticketId: string, @Query('fileName') fileName: string): Promise<void> {
    try {
      const actor = await this.actor(req);
      if (!isUuid(ticketId)) throw new HttpFailure(400, 'BAD_USER_INPUT', 'ticketId (query parameter) must be a ticket id');
      const bytes = await readBody(req, this.maxBytes);
      const check = checkUpload(fileName ?? '', req.headers['content-type'] ?? '', bytes, this.maxBytes);
      if (!check.ok) throw new HttpFailure(check.status, check.code, check.message);
      const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const row = await this.db.runInTenant(actor, () => this.attachments.add(actor, ticketId, check.fileName, contentType, bytes));
      res.status(201).json({ id: row.id, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, url: attachmentUrl(row.id) });
    } catch (error) {
      sendError(res, error);
    }
  }

  @Get(':id')
  async download(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    try {
      const actor = await this.actor(req);
      const found = isUuid(id) ? await this.db.runInTenant(actor, () => this.attachments.read(actor, id)) : null;
      if (!found) throw new HttpFailure(404, 'ATTACHMENT_NOT_FOUND', 'No attachment with that id that you can see');
      res.set({
        'content-type': found.row.contentType, 'content-length': String(found.bytes.length), 'x-content-type-options': 'nosniff',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(found.row.fileName)}`, 'cache-control': 'private, no-store',
      });
      res.end(found.bytes);
    } catch (error) {
      sendError(res, error);
    }
  }

  private async actor(req: Request): Promise<Actor> {
    const actor = await this.verify(req.headers.authorization);
    if (!actor) throw unauthenticated();
    return actor;
  }
}
