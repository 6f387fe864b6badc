import type { Response } from 'express';
import { createLogger } from '../logging/logger';
import { DomainError, ErrorCategory } from './domain-error';
import { isUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE, unavailableExtensions } from './unavailable';

const STATUS: Record<ErrorCategory, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

const logger = createLogger('Http');

/**
 * The answer of a plain-HTTP route (files, live streams) that failed: a DomainError as its status and the same
 * `{ errors: [{ message, extensions: { code } }] }` shape GraphQL gives; anything else logged and answered 500
 * without its details.
 */
export function sendHttpError(res: Response, error: unknown): void {
  if (error instanceof DomainError) {
    res
      .status(STATUS[error.category])
      .json({ errors: [{ message: error.message, extensions: { code: error.code, category: error.category } }] });
    return;
  }
  if (isUnavailable(error)) {
    res.status(503).setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res.json({ errors: [{ message: UNAVAILABLE_MESSAGE, extensions: unavailableExtensions() }] });
    return;
  }
  logger.error({ err: error }, 'request failed');
  res.status(500).json({
    errors: [
      {
        message: 'Something went wrong on our side; it has been logged.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
}
