import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Actor } from '../auth/actor';
import { TokenVerifier } from '../auth/token-verifier';
import { unauthenticated } from '../errors/domain-error';
import { sendHttpError } from '../errors/http-error';
import { TOKEN_VERIFIER } from '../kit.tokens';
import { ServiceMetrics } from '../metrics/service-metrics';
import { LiveSignals } from './live-signals';
import { throttle } from './throttle';
import { withTimeout } from '../timeout';

const GAP_MS = Number(process.env.LIVE_GAP_MS ?? 1000);
/** A stream ends after this long and the dashboard opens a new one with its current token, so a stream never outlives its sign-in. */
const MAX_MS = Number(process.env.LIVE_MAX_MS ?? 10 * 60_000);
const HEARTBEAT_MS = 20_000;
/** Redis commands wait for a lost connection to come back; a stream does not wait that long to say it cannot listen. */
const LISTEN_TIMEOUT_MS = 5000;

/**
 * Server-sent event streams that say `changed` whenever the caller's trust's data in this service changes (for a
 * school-scoped caller: of their schools, or trust-wide; at
 * most once a second), so a dashboard refetches at once instead of polling. They carry no data: that still comes
 * from GraphQL under RLS. Reached through the gateway's /files door with the caller's token.
 */
@Injectable()
export class LiveStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<Response>();

  constructor(
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly signals: LiveSignals,
    metrics: ServiceMetrics,
  ) {
    metrics.gaugeOnScrape('trustops_live_streams', 'Live streams open on this replica', [], async () => [
      { labels: {}, value: this.open.size },
    ]);
  }

  /** Answers `req` with a stream for the caller's trust, once `authorize` (which throws a DomainError to refuse) accepts the caller. */
  async serve(req: Request, res: Response, authorize: (actor: Actor) => void): Promise<void> {
    const cleanups: (() => void)[] = [];
    res.on('close', () => {
      this.open.delete(res);
      cleanups.forEach((cleanup) => cleanup());
    });
    let actor: Actor;
    try {
      const verified = await this.verify(req.headers.authorization);
      if (!verified) throw unauthenticated();
      authorize(verified);
      actor = verified;
    } catch (error) {
      sendHttpError(res, error);
      return;
    }
    if (res.destroyed) return;
    // Listen first: a stream is only answered 200 once it can hear changes.
    const changed = throttle(() => res.write('event: changed\ndata: {}\n\n'), GAP_MS);
    cleanups.push(() => changed.cancel());
    let stop: () => void;
    const listening = this.signals.listen(actor, changed);
    try {
      stop = await withTimeout(listening, LISTEN_TIMEOUT_MS);
    } catch {
      listening.then(
        (late) => late(),
        () => undefined,
      ); // should it start listening after all, stop at once
      if (!res.destroyed) {
        res.status(503).json({
          errors: [
            {
              message: 'Live updates are not available just now; the page refreshes on its own',
              extensions: { code: 'LIVE_UNAVAILABLE' },
            },
          ],
        });
      }
      return;
    }
    cleanups.push(stop);
    if (res.destroyed) return void stop();
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    this.open.add(res);
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    const ending = setTimeout(() => res.end(), MAX_MS);
    cleanups.push(
      () => clearInterval(heartbeat),
      () => clearTimeout(ending),
    );
    res.write('retry: 3000\n: listening\n\n');
  }

  /** Open streams would hold the server's close for up to MAX_MS: end them (the dashboards reconnect elsewhere). */
  beforeApplicationShutdown(): void {
    for (const res of this.open) res.end();
  }
}
