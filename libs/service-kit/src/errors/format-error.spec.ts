import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { formatError } from './format-error';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatError', () => {
  it('keeps a domain error code, category and details', () => {
    const error = wrap(new DomainError('CHANGE_FREEZE', 'CONFLICT', 'Inside the exam window', { schoolId: 's1' }));
    expect(formatError(error.toJSON(), error)).toEqual({
      message: 'Inside the exam window',
      path: ['x'],
      extensions: { code: 'CHANGE_FREEZE', category: 'CONFLICT', schoolId: 's1' },
    });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR with no details', () => {
    const error = wrap(new TypeError("Cannot read properties of undefined (reading 'id') at tickets.service.ts:42"));
    const formatted = formatError(
      { ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).not.toMatch(/tickets|undefined/);
  });

  it('keeps GraphQL validation errors as they are, without a stack trace', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatError(
      { ...error.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at y'] } },
      error,
    );
    expect(formatted).toMatchObject({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatted.extensions).not.toHaveProperty('stacktrace');
  });

  it('turns a malformed id reaching PostgreSQL into BAD_USER_INPUT', () => {
    const pgError = Object.assign(new Error('invalid input syntax for type uuid: "abc"'), {
      driverError: { code: '22P02' },
    });
    const error = wrap(pgError);
    const formatted = formatError(error.toJSON(), error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', category: 'BAD_USER_INPUT' });
    expect(formatted.message).not.toMatch(/abc|syntax/);
  });

  it('answers a database that is restarting with SERVICE_UNAVAILABLE, retryable, instead of INTERNAL_SERVER_ERROR', () => {
    const error = wrap(
      Object.assign(new Error('query failed'), {
        driverError: Object.assign(new Error('terminating connection'), { code: '57P01' }),
      }),
    );
    expect(formatError(error.toJSON(), error).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      category: 'UNAVAILABLE',
      retryable: true,
      retryAfterSeconds: 2,
    });
  });
});
