import { IntrinsicException } from '@nestjs/common';

/**
 * Every refusal a person can act on is a DomainError: a SCREAMING_SNAKE code, a category that says which
 * family it belongs to, and a message that explains the reason (seed 001: a "no" carries its why).
 */
export type ErrorCategory =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'UNAVAILABLE';

/**
 * An IntrinsicException, so Nest's exception handler does not log it at error with its stack as it does a
 * fault: the GraphQL plugin records refusals at info (tenant-transaction.plugin.ts).
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: string,
    readonly category: ErrorCategory,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Shortcuts for the kit's own codes (kit-errors.ts); a feature's codes come from its own catalogue. */
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', 'BAD_USER_INPUT', message, details);
export const forbidden = (message: string, details?: Record<string, unknown>) =>
  new DomainError('FORBIDDEN', 'FORBIDDEN', message, details);
export const unauthenticated = (message = 'Sign in to continue') =>
  new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED', message);
