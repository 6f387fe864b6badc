import type { NextFunction, Request, Response } from 'express';

/**
 * A body that is too big or not JSON gets a GraphQL-shaped answer with a code, never an HTML stack page: one
 * handler for the gateway and every subgraph (express's json parser reports these by `type`).
 */
export function bodyErrors(
  error: { type?: string; status?: number; limit?: number },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const send = (status: number, code: string, message: string) => {
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
  if (error?.type === 'entity.too.large')
    return send(413, 'PAYLOAD_TOO_LARGE', `The request is larger than the ${error.limit} byte limit`);
  if (error?.type === 'entity.parse.failed') return send(400, 'BAD_REQUEST', 'The request body is not valid JSON');
  if (error?.type || (error?.status && error.status < 500))
    return send(error.status ?? 400, 'BAD_REQUEST', 'The request could not be read');
  next(error);
}
