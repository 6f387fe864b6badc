/**
 * `pnpm start`: finds (or starts) PostgreSQL and Redis, prepares the database, then runs every service with the
 * demo data, the gateway on :4000 and the dashboard on :5173. Ctrl-C stops everything it started.
 */
import { ensureDatabase } from '@trustops/service-kit';
import { GATEWAY, launchWeb, runStack, stopAll, SUBGRAPHS, Launched } from '@trustops/launcher';
import { findPostgres, findRedis, Started } from './local-infra';
import { catchMail } from './local-mail';

async function main() {
  const started: Started[] = [];
  const running: Launched[] = [];
  const stopEverything = async () => {
    await stopAll(running);
    for (const s of started.reverse()) await s.stop();
  };
  try {
    const pg = await findPostgres(started);
    const redisUrl = await findRedis(started);
    await ensureDatabase(pg.adminUrl, pg.databaseName);
    const mail = await catchMail(started);
    console.log(`PostgreSQL: ${pg.description}\nRedis: ${redisUrl}\nStarting services…`);
    const ports = Object.fromEntries([...SUBGRAPHS, GATEWAY].map((s) => [s.name, s.port]));
    const stack = await runStack({
      adminUrl: pg.adminUrl,
      databaseName: pg.databaseName,
      databaseUrl: pg.databaseUrl,
      redisUrl,
      ports,
      seedDemo: true,
      maxConnections: pg.maxConnections,
      inheritOutput: true,
      env: {
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        SEED_HISTORY: process.env.SEED_HISTORY ?? 'true',
        SMTP_URL: mail.smtpUrl,
        PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173',
      },
    });
    running.push(...stack.processes, launchWeb(`http://127.0.0.1:${GATEWAY.port}`, 5173));
    console.log(
      [
        '',
        'TrustOps is running:',
        `  dashboard  http://localhost:5173`,
        `  GraphQL    http://localhost:${GATEWAY.port}/graphql`,
        `  mail       ${mail.description}`,
        '  sign in as director@northstar.example (or any demo user in README.md), password trustops-demo',
        '  Ctrl-C stops everything',
        '',
      ].join('\n'),
    );
    const shutdown = async () => {
      console.log('\nStopping…');
      await stopEverything();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    for (const p of running) {
      p.child.once('exit', (code) => {
        if (code) console.error(`${p.name} stopped with code ${code}; the rest keep running`);
      });
    }
  } catch (error) {
    console.error(`\nTrustOps could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopEverything();
    process.exit(1);
  }
}

void main();
