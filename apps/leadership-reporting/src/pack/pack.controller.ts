import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { sendHttpError, TOKEN_VERIFIER, TokenVerifier, unauthenticated } from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { PackDataService } from './pack-data.service';
import { packHtml } from './pack-html';
import { packPdf } from './pack-pdf';

/**
 * The governors' board pack for a range: `GET /files/board-pack?from=&to=&format=html|pdf` (through the gateway's
 * /files door). The roles guard covers GraphQL only, so the service checks SEE_BOARD itself.
 */
@Controller('files/board-pack')
export class PackController {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
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
      const pack = await this.data.forReader(actor, from, to);
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
