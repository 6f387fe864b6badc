import type { Response } from 'express';
import { createLogger } from '../logging/logger';
import { DomainError, ErrorCategory } from './domain-error';

const STATUS: Record<ErrorCategory, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429,
};

const logger = createLogger('Http');

/**
 * The answer of a plain-HTTP route (files, live streams) that failed: a DomainError as its status and the same
 * `{ errors: [{ message, extensions: { code } }] }` shape GraphQL gives; anything else logged and answered 500
 * without its details.
 */
export function sendHttpError(res: Response, error: unknown): void {
  if (error instanceof DomainError) {
    res.status(STATUS[error.category]).json({ errors: [{ message: error.message, extensions: { code: error.code, category: error.category } }] });
    return;
  }
  logger.error({ err: error }, 'request failed');
  res.status(500).json({ errors: [{ message: 'Something went wrong on our side; it has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
