import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { Actor, forbidden, sendHttpError, TOKEN_VERIFIER, TokenVerifier, unauthenticated } from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { LEADERS } from '../board/board-rules';
import { BoardSignals } from './board-signals';
import { throttle } from './throttle';

const GAP_MS = Number(process.env.BOARD_LIVE_GAP_MS ?? 1000);
/** A stream ends after this long and the dashboard opens a new one with its current token, so a stream never outlives its sign-in. */
const MAX_MS = Number(process.env.BOARD_LIVE_MAX_MS ?? 10 * 60_000);
const HEARTBEAT_MS = 20_000;

/**
 * `GET /files/board-live` (through the gateway's /files door): a server-sent event stream that says `changed`
 * whenever the caller's trust's board figures change (at most once a second), so the dashboard refetches the
 * board at once instead of polling it. It carries no figures: those still come from `board` under RLS.
 */
@Controller('files/board-live')
export class BoardLiveController {
  constructor(@Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier, private readonly signals: BoardSignals) {}

  @Get()
  async stream(@Req() req: Request, @Res() res: Response): Promise<void> {
    let actor: Actor;
    try {
      const verified = await this.verify(req.headers.authorization);
      if (!verified) throw unauthenticated();
      if (!(LEADERS as readonly string[]).includes(verified.role)) throw forbidden('The live board is for the IT director, executives and governors');
      actor = verified;
    } catch (error) {
      sendHttpError(res, error);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.write('retry: 3000\n: listening\n\n');
    const changed = throttle(() => res.write('event: changed\ndata: {}\n\n'), GAP_MS);
    const stop = await this.signals.listen(actor.trustId, changed);
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    const ending = setTimeout(() => res.end(), MAX_MS);
    res.on('close', () => {
      stop();
      changed.cancel();
      clearInterval(heartbeat);
      clearTimeout(ending);
    });
  }
}
