import type { Request, Response } from 'express';

/** Long enough for a sender still uploading to read its answer, short enough that it cannot hold the connection. */
const LINGER_MS = 2000;

/**
 * Ends a connection whose request body is not all read once its answer is out (the rest cannot be taken for a
 * next request). Not with `Connection: close`: Node would close at once, the sender's next bytes would meet a
 * reset, and a reset can reach the sender before it has read the answer (a proxy would then say 502). So: read
 * no more, say we are done sending (FIN) after the answer, and hang up after a grace. Used by the gateway's /files
 * door and the desk's upload route.
 */
export function closeAfterAnswer(req: Request, res: Response): void {
  req.pause();
  res.once('finish', () => {
    req.socket.end();
    setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  });
}
