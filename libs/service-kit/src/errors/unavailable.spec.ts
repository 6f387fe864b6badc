import { isUnavailable } from './unavailable';

const pg = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isUnavailable', () => {
  it.each([
    {
      title: 'a refused connection',
      error: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      expected: true,
    },
    {
      title: 'PostgreSQL shutting down under a query (57P01)',
      error: pg('57P01', 'terminating connection due to administrator command'),
      expected: true,
    },
    {
      title: 'PostgreSQL starting up (57P03)',
      error: pg('57P03', 'the database system is starting up'),
      expected: true,
    },
    { title: 'too many connections (53300)', error: pg('53300'), expected: true },
    { title: 'a connection exception (08006)', error: pg('08006'), expected: true },
    {
      title: 'a pool with no free connection in time',
      error: new Error('timeout exceeded when trying to connect'),
      expected: true,
    },
    { title: 'a dropped connection', error: new Error('Connection terminated unexpectedly'), expected: true },
    {
      title: 'a TypeORM error wrapping a shutdown',
      error: Object.assign(new Error('query failed'), { driverError: pg('57P01') }),
      expected: true,
    },
    {
      title: 'an undici timeout',
      error: Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }),
      expected: true,
    },
    { title: 'a unique violation (23505)', error: pg('23505', 'duplicate key'), expected: false },
    { title: 'a malformed uuid (22P02)', error: pg('22P02'), expected: false },
    {
      title: 'a malformed id that quotes "socket hang up" (22P02)',
      error: pg('22P02', 'invalid input syntax for type uuid: "socket hang up"'),
      expected: false,
    },
    { title: 'a protocol violation (08P01), a bug', error: pg('08P01'), expected: false },
    {
      title: 'a pg client used after it was closed',
      error: new Error('Client was closed and is not queryable'),
      expected: true,
    },
    { title: 'a bug', error: new TypeError("Cannot read properties of undefined (reading 'id')"), expected: false },
  ])('$title: $expected', ({ error, expected }) => {
    expect(isUnavailable(error)).toBe(expected);
  });
});
