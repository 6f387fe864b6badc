import { defineErrors } from './error-catalogue';

/**
 * The codes every service and the gateway share. Codes that GraphQL itself sets (parse and validation
 * failures, persisted queries) are listed too, so docs/errors.md names every code a client can meet.
 */
export const kitErrors = defineErrors('Every service', {
  BAD_USER_INPUT: {
    category: 'BAD_USER_INPUT',
    meaning: 'A value is missing, too long, malformed or out of range; `field` names it. Correct it and send again.',
  },
  UNAUTHENTICATED: {
    category: 'UNAUTHENTICATED',
    meaning: 'No valid token, or it has expired. Sign in again.',
  },
  FORBIDDEN: {
    category: 'FORBIDDEN',
    meaning: 'Your role cannot do this (`requiredRoles`, `capability` say who can), or it is not yours to do.',
  },
  NOT_FOUND: {
    category: 'NOT_FOUND',
    meaning: 'Nothing at that address or id that you can see.',
  },
  TOO_MANY_REQUESTS: {
    category: 'TOO_MANY_REQUESTS',
    meaning: 'Too many attempts in a short time; wait `retryAfterSeconds` and try again.',
  },
  SERVICE_UNAVAILABLE: {
    category: 'UNAVAILABLE',
    meaning: 'A part of TrustOps is briefly unreachable; nothing was changed. Retry after `retryAfterSeconds`.',
  },
  BAD_GATEWAY: {
    category: 'UNAVAILABLE',
    meaning: 'The gateway could not reach the service behind a file or live route; try again shortly.',
  },
  PAYLOAD_TOO_LARGE: {
    category: 'BAD_USER_INPUT',
    meaning: 'The request or file is larger than allowed; send a smaller one.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    category: 'CONFLICT',
    meaning: 'The same Idempotency-Key was sent with a different request; use a new key for a new request.',
  },
  IDEMPOTENT_RESULT_GONE: {
    category: 'NOT_FOUND',
    meaning: 'A request with this Idempotency-Key was done earlier but its answer can no longer be replayed.',
  },
  LIVE_UNAVAILABLE: {
    category: 'UNAVAILABLE',
    meaning: 'Live updates cannot start right now; the page refreshes on a timer instead and reconnects later.',
  },
  QUERY_TOO_DEEP: { category: 'BAD_USER_INPUT', meaning: 'The GraphQL query nests deeper than the gateway allows.' },
  QUERY_TOO_COMPLEX: { category: 'BAD_USER_INPUT', meaning: 'The GraphQL query asks for too much at once.' },
  QUERY_TOO_LARGE: { category: 'BAD_USER_INPUT', meaning: 'The GraphQL query text is too long.' },
  TOO_MANY_ALIASES: { category: 'BAD_USER_INPUT', meaning: 'The GraphQL query uses more aliases than allowed.' },
  TOO_MANY_DIRECTIVES: { category: 'BAD_USER_INPUT', meaning: 'The GraphQL query uses more directives than allowed.' },
  GRAPHQL_PARSE_FAILED: { category: 'BAD_USER_INPUT', meaning: 'The GraphQL query is not valid syntax.' },
  GRAPHQL_VALIDATION_FAILED: {
    category: 'BAD_USER_INPUT',
    meaning: 'The query names a field or argument the schema does not have.',
  },
  BAD_REQUEST: { category: 'BAD_USER_INPUT', meaning: 'The HTTP request is malformed (body, method or headers).' },
  INTERNAL_SERVER_ERROR: {
    category: 'UNAVAILABLE',
    meaning: 'A fault on our side; it is logged with its request id. Nothing half-done was kept.',
  },
});

/** A code of the kit's own catalogue: what the gateway and service-kit answer with themselves. */
export type KitCode = keyof typeof kitErrors.codes;
