/** Reads and checks the environment once at start-up, so a bad setting stops the service with a message a person can act on. */
export interface BaseConfig {
  serviceName: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  jwksUrl?: string;
  jwksJson?: string;
  logLevel: string;
  production: boolean;
  /** The database name: keeps Redis keys and queues of two deployments (or two test runs) on one Redis apart. */
  namespace: string;
  /** DB_POOL_SIZE: this process's share of the database's connections (the launcher sets it from the server's budget). */
  dbPoolSize?: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function readBaseConfig(serviceName: string, defaultPort: number, env: Env = process.env): BaseConfig {
  const problems: string[] = [];
  const port = Number(env.PORT ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be a whole number 0–65535, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/trustops';
  if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push(`DATABASE_URL must start with postgres://, got "${databaseUrl}"`);
  const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!/^rediss?:\/\//.test(redisUrl)) problems.push(`REDIS_URL must start with redis://, got "${redisUrl}"`);
  if (env.JWKS_JSON) {
    try {
      JSON.parse(env.JWKS_JSON);
    } catch {
      problems.push('JWKS_JSON is not valid JSON (expected {"keys":[...]})');
    }
  }
  const logLevel = env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel))
    problems.push(`LOG_LEVEL "${logLevel}" is not a pino level`);
  const dbPoolSize = env.DB_POOL_SIZE === undefined ? undefined : Number(env.DB_POOL_SIZE);
  if (dbPoolSize !== undefined && (!Number.isInteger(dbPoolSize) || dbPoolSize < 1))
    problems.push(`DB_POOL_SIZE must be a whole number of 1 or more, got "${env.DB_POOL_SIZE}"`);
  if (problems.length) throw new ConfigError(`${serviceName}: invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    serviceName,
    port,
    databaseUrl,
    redisUrl,
    logLevel,
    jwksUrl: env.JWKS_JSON ? undefined : (env.JWKS_URL ?? 'http://127.0.0.1:4001/.well-known/jwks.json'),
    jwksJson: env.JWKS_JSON,
    production: env.NODE_ENV === 'production',
    namespace: new URL(databaseUrl).pathname.slice(1) || 'trustops',
    dbPoolSize,
  };
}

/** The database login of a service: same server and database as DATABASE_URL, with the service's own role. */
export function serviceDatabaseUrl(databaseUrl: string, role: string): string {
  const url = new URL(databaseUrl);
  url.username = role;
  return url.toString();
}
