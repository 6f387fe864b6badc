import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { isUnavailable, UNAVAILABLE_MESSAGE, unavailableExtensions } from './unavailable';

const KNOWN_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'PAYLOAD_TOO_LARGE',
]);

/**
 * One formatter for every service: domain errors keep their code, category and details; GraphQL's own
 * validation errors keep theirs; anything else is an internal error with no message, path or stack leaked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, category: original.category, ...original.details },
    };
  }
  const code = formatted.extensions?.code;
  // Apollo only sets these codes itself (parse, validation, variable coercion) or for errors thrown on purpose.
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...extensions, code },
    };
  }
  if (isMalformedValue(original)) {
    return {
      message: 'A value is not in the expected format (for example, an id that is not a UUID)',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', category: 'BAD_USER_INPUT' },
    };
  }
  if (isUnavailable(original))
    return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: unavailableExtensions() };
  if (isNestValidationError(original)) {
    return {
      message: formatted.message,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', category: 'BAD_USER_INPUT' },
    };
  }
  return {
    message: 'Something went wrong on our side; it has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function isNestValidationError(error: unknown): boolean {
  return error instanceof Error && 'status' in error && (error as { status: number }).status === 400;
}

/** PostgreSQL's invalid_text_representation: a malformed id or value reached a query (nothing was written: the request's transaction rolls back). */
function isMalformedValue(error: unknown): boolean {
  const driver = error as { driverError?: { code?: string }; code?: string } | null;
  return (driver?.driverError?.code ?? driver?.code) === '22P02';
}
