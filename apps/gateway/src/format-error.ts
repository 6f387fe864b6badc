import { GraphQLFormattedError } from 'graphql';
import type { KitCode } from './kit-codes';
import { limitCode } from './limits';

const PASS_THROUGH = /^[A-Z][A-Z_]+$/;
const INTERNAL: KitCode = 'INTERNAL_SERVER_ERROR';

/**
 * Subgraph errors arrive already formatted by service-kit (code, category, details): keep them. Limits get
 * their own codes. An error without a code, or an internal one, says nothing about our insides.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const limit = limitCode(formatted.message);
  if (limit) return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: limit } };
  const {
    stacktrace: _stack,
    exception: _exception,
    serviceName: _service,
    ...extensions
  } = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : INTERNAL;
  if (code === INTERNAL || !PASS_THROUGH.test(code)) {
    return {
      message: 'Something went wrong on our side; it has been logged.',
      path: formatted.path,
      extensions: { code: INTERNAL },
    };
  }
  return {
    message: formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...extensions, code },
  };
}
