import { request } from 'node:http';
import type { Request, Response } from 'express';
import { closeAfterAnswer } from '@trustops/service-kit';
import { fileRoute } from './file-routes';
import { errorBody } from './kit-codes';

/**
 * Headers worth passing on; everything else (hop-by-hop, and cookies but on the routes declared to take them:
 * directory's session door) stays at the door.
 */
const FORWARDED = ['authorization', 'content-type', 'content-length', 'x-request-id'];
const RETURNED = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control'];
/** Only on the routes declared for cookies (directory's session and single sign-on doors, whose legs redirect). */
const COOKIE_ROUTE_HEADERS = ['set-cookie', 'location'];

/**
 * Bytes that are not GraphQL (ticket attachments, the board pack, the board's live stream) go through the same
 * door: /files/<subgraph>/<route> is streamed, unparsed, both ways to <subgraph>/files/<route>, for the routes
 * each subgraph declares (file-routes.ts) and no others. The subgraph checks the token and the size itself.
 */
export function filesProxy(subgraphUrls: Record<string, string>) {
  return (req: Request, res: Response): void => {
    const route = fileRoute(req.method, req.path);
    const base = route.ok ? subgraphUrls[route.service] : undefined;
    if (!route.ok || !base) {
      if (route.ok) res.status(404).json(errorBody('NOT_FOUND', 'No such file service'));
      else res.status(route.status).json(errorBody(route.code, route.message));
      return;
    }
    const target = new URL(`/files/${route.path}`, base);
    target.search = new URL(req.originalUrl, 'http://x').search;
    const forwarded = route.cookies ? [...FORWARDED, 'cookie'] : FORWARDED;
    const headers = Object.fromEntries(
      forwarded.filter((h) => req.headers[h] !== undefined).map((h) => [h, req.headers[h] as string]),
    );
    let answered = false;
    const upstream = request(
      target,
      { method: req.method, headers: { ...headers, 'x-forwarded-for': req.ip ?? 'unknown' } },
      (answer) => {
        answered = true;
        res.status(answer.statusCode ?? 502);
        for (const h of route.cookies ? [...RETURNED, ...COOKIE_ROUTE_HEADERS] : RETURNED)
          if (answer.headers[h] !== undefined) res.setHeader(h, answer.headers[h] as string | string[]);
        if (!req.complete) {
          // The subgraph answered before the upload was all sent (a 413 at its limit): send no more of it, pass the
          // answer back, and close both connections after it.
          req.unpipe(upstream);
          answer.once('end', () => upstream.destroy());
          closeAfterAnswer(req, res);
        }
        answer.pipe(res);
        answer.on('error', () => undefined); // a stream cut short is ended below
        answer.on('close', () => {
          if (!answer.complete) res.destroy();
        });
      },
    );
    upstream.on('error', () => {
      // Once the answer is in, the subgraph hanging up on the rest of an upload is expected, not a failure.
      if (answered) return;
      if (!res.headersSent)
        res.status(502).json(errorBody('BAD_GATEWAY', 'The file service is not answering; try again shortly'));
      else res.destroy();
    });
    // A caller that goes away (a closed tab on a live stream) ends the call to the subgraph too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    // Headers go at once, so the subgraph can refuse on them (a Content-Length over its limit) before any body.
    upstream.flushHeaders();
    req.pipe(upstream);
  };
}
