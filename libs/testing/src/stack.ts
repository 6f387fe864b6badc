import { freePort, GATEWAY, launch, runStack, stopAll, SUBGRAPHS, waitForReady } from '@trustops/launcher';
import { adminUrl, createTestDatabase } from './test-database';

export interface TestStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseName: string;
  databaseUrl: string;
  /** Kills one service as a crash would, and starts it again with the same settings (fault tests). */
  kill(name: string): Promise<void>;
  restart(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface StackServer {
  /** A superuser URL of another PostgreSQL server (the embedded PGlite) instead of the tests' own. */
  adminUrl: string;
  /** The clients it admits: each service's pool is sized to fit. */
  maxConnections?: number;
}

/** The whole backend as real processes with demo data (`seed: false`: a fresh install), on free ports and a database of its own. */
export async function startStack(
  options: { env?: Record<string, string>; server?: StackServer; seed?: boolean } = {},
): Promise<TestStack> {
  const admin = options.server?.adminUrl ?? adminUrl();
  const db = await createTestDatabase([], admin);
  const names = [...SUBGRAPHS.map((s) => s.name), GATEWAY.name];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const)));
  try {
    const stack = await runStack({
      adminUrl: admin,
      databaseName: db.name,
      databaseUrl: db.url,
      maxConnections: options.server?.maxConnections,
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      ports,
      seedDemo: options.seed ?? true,
      env: { LOG_LEVEL: process.env.STACK_LOG_LEVEL ?? 'warn', ...options.env },
    });
    return {
      gatewayUrl: stack.gatewayUrl,
      subgraphUrls: stack.subgraphUrls,
      databaseName: db.name,
      databaseUrl: db.url,
      kill: stack.kill,
      restart: stack.restart,
      async stop() {
        await stack.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

/** A second gateway over `stack`'s subgraphs with some of them reached another way (through a fault proxy). */
export async function startGatewayVia(
  stack: TestStack,
  overrides: Record<string, string>,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const urls = { ...stack.subgraphUrls, ...overrides };
  const gateway = launch(GATEWAY.name, {
    NODE_ENV: 'development',
    PORT: String(port),
    LOG_LEVEL: process.env.STACK_LOG_LEVEL ?? 'warn',
    JWKS_URL: stack.subgraphUrls.directory.replace(/\/graphql$/, '/.well-known/jwks.json'),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv!, urls[s.name]])),
  });
  await waitForReady(`http://127.0.0.1:${port}/health`, gateway);
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => stopAll([gateway]) };
}
