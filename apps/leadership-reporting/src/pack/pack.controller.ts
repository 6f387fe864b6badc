import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import {
  DomainError,
  forbidden,
  sendHttpError,
  TenantDb,
  TOKEN_VERIFIER,
  TokenVerifier,
  unauthenticated,
} from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { checkRange, LEADERS } from '../board/board-rules';
import { PackDataService } from './pack-data';
import { packHtml } from './pack-html';
import { packPdf } from './pack-pdf';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The governors' board pack for a range: `GET /files/board-pack?from=&to=&format=html|pdf` (through the gateway's /files door). */
@Controller('files/board-pack')
export class PackController {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly db: TenantDb,
    private readonly data: PackDataService,
  ) {}

  @Get()
  async pack(
    @Req() req: Request,
    @Res() res: Response,
    @Query('from') from: string,
    @Query('to') to: string,
    @Query('format') format = 'html',
  ): Promise<void> {
    try {
      const actor = await this.verify(req.headers.authorization);
      if (!actor) throw unauthenticated();
      if (!(LEADERS as readonly string[]).includes(actor.role))
        throw forbidden('The board pack is for the IT director, executives and governors');
      if (!ISO_DATE.test(from ?? '') || !ISO_DATE.test(to ?? ''))
        throw new DomainError('BAD_USER_INPUT', 'BAD_USER_INPUT', 'Give from and to as YYYY-MM-DD');
      checkRange(from, to);
      const pack = await this.db.runInTenant(actor, () => this.data.gather(from, to));
      const name = `board-pack-${from}-${to}`;
      if (format === 'pdf') {
        res
          .set({
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="${name}.pdf"`,
            'cache-control': 'private, no-store',
          })
          .end(await packPdf(pack));
      } else {
        res
          .set({
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
            'cache-control': 'private, no-store',
          })
          .end(packHtml(pack));
      }
    } catch (error) {
      sendHttpError(res, error);
    }
  }
}
