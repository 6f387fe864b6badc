/** `node -r ./swc-register.js embedded-postgres-process.ts <dataDir> <port> <maxConnections>`: see spawnEmbeddedPostgres. */
import { startEmbeddedPostgres } from './embedded-postgres';

const [dataDir, port, maxConnections] = process.argv.slice(2);
startEmbeddedPostgres({ dataDir, port: Number(port), maxConnections: Number(maxConnections) }).then(
  (pg) => {
    console.log(`embedded PostgreSQL ready on port ${port}`);
    const stop = () => {
      pg.stop().finally(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
