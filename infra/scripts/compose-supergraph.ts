/**
 * `pnpm compose`: starts every subgraph against a scratch database, composes infra/supergraph.graphql from
 * their SDL and stops them. Run it after changing any GraphQL type; a gateway test fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import { freePort, Launched, startSubgraphs, stopAll, SUBGRAPHS } from '@trustops/launcher';
import { adminUrl, createTestDatabase } from '@trustops/testing';
import { composeSupergraph } from '../../apps/gateway/src/supergraph';
import { SUPERGRAPH_PATH } from '../../apps/gateway/src/server';

async function main() {
  const db = await createTestDatabase([]);
  const processes: Launched[] = [];
  try {
    const ports = Object.fromEntries(
      await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const)),
    );
    const urls = await startSubgraphs(
      {
        adminUrl: adminUrl(),
        databaseName: db.name,
        databaseUrl: db.url,
        redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        ports,
        seedDemo: false,
        env: { LOG_LEVEL: 'warn' },
      },
      processes,
    );
    writeFileSync(SUPERGRAPH_PATH, await composeSupergraph(urls));
    console.log(`wrote ${SUPERGRAPH_PATH}`);
  } finally {
    await stopAll(processes);
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
