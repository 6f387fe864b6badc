import { DomainError } from './domain-error';

/**
 * Faults that pass: a database restarting or out of connections, a service not answering. The caller should
 * try again shortly; they are not bugs, so they get SERVICE_UNAVAILABLE (retryable) instead of INTERNAL_SERVER_ERROR.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const RETRY_AFTER_SECONDS = 2;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
/** SQLSTATE: connection exceptions (08, but not 08P01, a protocol violation: a bug), shutdown / starting up (57P01–57P03), too many connections (53300). */
const PG_UNAVAILABLE = /^(08(?!P01)[0-9A-Z]{3}|57P0[123]|53300)$/;
const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Read only from errors without a code of their own: PostgreSQL's messages quote the caller's values. */
const MESSAGES = [
  /^Connection terminated/i,
  /^timeout exceeded when trying to connect/i,
  /^Client has encountered a connection error/i,
  /^Client was closed and is not queryable/i,
  /^the database system is (starting up|shutting down|in recovery mode)/i,
  /^Connection is closed/i,
  /^socket hang up/i,
  /^fetch failed/i,
];

type Cause = {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown[];
};

/** Whether `error` (or anything it wraps) is a passing fault of the database, Redis or another service. */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as Cause;
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || PG_UNAVAILABLE.test(e.code))) return true;
  if (typeof e.code === 'string' && SQLSTATE.test(e.code)) return false; // PostgreSQL said what went wrong, and it was not this
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  const wrapped = [e.driverError, e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return wrapped.some((inner) => inner !== error && isUnavailable(inner, depth + 1));
}

/** The extensions of a SERVICE_UNAVAILABLE answer: what a client needs to retry on its own. */
export const unavailableExtensions = () => ({
  code: SERVICE_UNAVAILABLE,
  category: 'UNAVAILABLE',
  retryable: true,
  retryAfterSeconds: RETRY_AFTER_SECONDS,
});

export const UNAVAILABLE_MESSAGE = 'TrustOps is busy or restarting. Try again in a moment.';

/** For code that knows the fault itself (the signing keys could not be fetched). */
export const serviceUnavailable = () =>
  new DomainError(SERVICE_UNAVAILABLE, 'UNAVAILABLE', UNAVAILABLE_MESSAGE, {
    retryable: true,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });

/** The HTTP status of a refusal raised before GraphQL runs (the token check): 503 for a passing fault, else 401. */
export const statusOfAuthFailure = (error: DomainError) => (error.category === 'UNAVAILABLE' ? 503 : 401);
