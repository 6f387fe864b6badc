import { freePort, GATEWAY, runStack, SUBGRAPHS } from '@trustops/launcher';
import { adminUrl, createTestDatabase } from './test-database';

export interface TestStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseName: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** The whole backend as real processes with demo data, on free ports and a database of its own. */
export async function startStack(options: { env?: Record<string, string> } = {}): Promise<TestStack> {
  const db = await createTestDatabase([]);
  const names = [...SUBGRAPHS.map((s) => s.name), GATEWAY.name];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const)));
  try {
    const stack = await runStack({
      adminUrl: adminUrl(), databaseName: db.name, databaseUrl: db.url,
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', ports, seedDemo: true,
      env: { LOG_LEVEL: process.env.STACK_LOG_LEVEL ?? 'warn', ...options.env },
    });
    return {
      gatewayUrl: stack.gatewayUrl, subgraphUrls: stack.subgraphUrls, databaseName: db.name, databaseUrl: db.url,
      async stop() { await stack.stop(); await db.drop(); },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
