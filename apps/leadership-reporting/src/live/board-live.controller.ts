import { BeforeApplicationShutdown, Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { Actor, forbidden, sendHttpError, ServiceMetrics, TOKEN_VERIFIER, TokenVerifier, unauthenticated } from '@trustops/service-kit';
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
export class BoardLiveController implements BeforeApplicationShutdown {
  private readonly open = new Set<Response>();

  constructor(@Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier, private readonly signals: BoardSignals, metrics: ServiceMetrics) {
    metrics.gaugeOnScrape('trustops_live_board_streams', 'Live board streams open on this replica', [], async () => [{ labels: {}, value: this.open.size }]);
  }

  @Get()
  async stream(@Req() req: Request, @Res() res: Response): Promise<void> {
    const cleanups: (() => void)[] = [];
    res.on('close', () => {
      this.open.delete(res);
      cleanups.forEach((cleanup) => cleanup());
    });
    let actor: Actor;
    try {
      actor = await this.leader(req.headers.authorization);
    } catch (error) {
      sendHttpError(res, error);
      return;
    }
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    this.open.add(res);
    const changed = throttle(() => res.write('event: changed\ndata: {}\n\n'), GAP_MS);
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    const ending = setTimeout(() => res.end(), MAX_MS);
    cleanups.push(() => changed.cancel(), () => clearInterval(heartbeat), () => clearTimeout(ending));
    try {
      const stop = await this.signals.listen(actor.trustId, changed);
      if (res.destroyed) stop();
      else cleanups.push(stop);
    } catch {
      res.end(); // Redis is not answering: the dashboard falls back to polling and reconnects
      return;
    }
    res.write('retry: 3000\n: listening\n\n');
  }

  /** Open streams would hold the server's close for up to MAX_MS: end them (the dashboards reconnect elsewhere). */
  beforeApplicationShutdown(): void {
    for (const res of this.open) res.end();
  }

  private async leader(authorization: string | undefined): Promise<Actor> {
    const actor = await this.verify(authorization);
    if (!actor) throw unauthenticated();
    if (!(LEADERS as readonly string[]).includes(actor.role)) throw forbidden('The live board is for the IT director, executives and governors');
    return actor;
  }
}
