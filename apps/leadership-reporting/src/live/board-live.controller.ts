import { Controller, Get, Req, Res } from '@nestjs/common';
import { forbidden, LiveStreams } from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { LEADERS } from '../board/board-rules';

/** `GET /files/board-live`: says `changed` when the caller's trust's board figures change (leaders only). */
@Controller('files/board-live')
export class BoardLiveController {
  constructor(private readonly live: LiveStreams) {}

  @Get()
  stream(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.live.serve(req, res, (actor) => {
      if (!(LEADERS as readonly string[]).includes(actor.role))
        throw forbidden('The live board is for the IT director, executives and governors');
    });
  }
}
