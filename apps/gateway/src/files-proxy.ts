import { request } from 'node:http';
import type { Request, Response } from 'express';

/** Headers worth passing on; everything else (cookies, hop-by-hop) stays at the door. */
const FORWARDED = ['authorization', 'content-type', 'content-length', 'x-request-id'];
const RETURNED = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control'];

/**
 * Bytes that are not GraphQL (ticket attachments, the board pack, the board's live stream) go through the same
 * door: /files/<subgraph>/<path> is streamed, unparsed, both ways to <subgraph>/files/<path>. The subgraph checks
 * the token and the size itself.
 */
export function filesProxy(subgraphUrls: Record<string, string>) {
  return (req: Request, res: Response): void => {
    const [, service, ...rest] = req.path.split('/');
    const base = subgraphUrls[service];
    if (!base || !rest.length) {
      res.status(404).json({ errors: [{ message: 'No such file service', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const target = new URL(`/files/${rest.map(encodeURIComponent).join('/')}`, base);
    target.search = new URL(req.originalUrl, 'http://x').search;
    const headers = Object.fromEntries(FORWARDED.filter((h) => req.headers[h] !== undefined).map((h) => [h, req.headers[h] as string]));
    const upstream = request(target, { method: req.method, headers: { ...headers, 'x-forwarded-for': req.ip ?? 'unknown' } }, (answer) => {
      res.status(answer.statusCode ?? 502);
      for (const h of RETURNED) if (answer.headers[h] !== undefined) res.setHeader(h, answer.headers[h] as string);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.status(502).json({ errors: [{ message: 'The file service is not answering; try again shortly', extensions: { code: 'BAD_GATEWAY' } }] });
      else res.destroy();
    });
    // A caller that goes away (a closed tab on a live stream) ends the call to the subgraph too.
    res.on('close', () => { if (!res.writableFinished) upstream.destroy(); });
    req.pipe(upstream);
  };
}
