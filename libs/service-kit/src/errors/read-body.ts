import type { Request } from 'express';

/**
 * Holds at most `max` bytes of a request body and refuses (`tooLarge()`) as soon as the sender passes them:
 * reading on to the end would keep a 120 MB sender waiting (and its proxy timing out) for an answer known at
 * 10 MB. The rest is left unread (closeAfterAnswer). A sender that goes away mid-upload gets `cutShort()`.
 */
export function readBody(req: Request, max: number, tooLarge: () => Error, cutShort: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData).off('end', onEnd).pause();
      reject(tooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    const cut = () => reject(cutShort());
    if (req.destroyed) return cut();
    req.on('data', onData).on('end', onEnd).once('error', cut).once('close', cut);
  });
}
