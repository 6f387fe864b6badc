import { Controller, Get, Req, Res } from '@nestjs/common';
import { can } from '@trustops/contracts';
import { forbidden, LiveStreams } from '@trustops/service-kit';
import type { Request, Response } from 'express';

/** `GET /files/board-live`: says `changed` when the caller's trust's board figures change (SEE_BOARD only). */
@Controller('files/board-live')
export class BoardLiveController {
  constructor(private readonly live: LiveStreams) {}

  @Get()
  stream(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.live.serve(req, res, (actor) => {
      if (!can(actor.role, 'SEE_BOARD'))
        throw forbidden('The live board is for the IT director, executives and governors');
    });
  }
}
