import { ensureServiceRoles } from '@trustops/service-kit';
import { poolSizeFor } from './connection-budget';
import { killHard, launch, Launched, stopAll, waitForReady } from './processes';
import { GATEWAY, SUBGRAPHS } from './services';

export interface StackOptions {
  adminUrl: string;
  databaseName: string;
  databaseUrl: string;
  redisUrl: string;
  ports: Record<string, number>;
  seedDemo: boolean;
  env?: Record<string, string>;
  inheritOutput?: boolean;
  /** The most connections the database server accepts (the embedded PGlite's limit): sizes every service's pool from it. */
  maxConnections?: number;
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  processes: Launched[];
  /** Kills one process as a crash would (fault tests). */
  kill(name: string): Promise<void>;
  /** Starts a killed (or running) process again with the same settings, and waits until it is ready. */
  restart(name: string): Promise<void>;
  stop(): Promise<void>;
}

const localUrl = (ports: Record<string, number>, name: string, path = '') => `http://127.0.0.1:${ports[name]}${path}`;

function baseEnv(options: StackOptions): Record<string, string> {
  return {
    NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : 'development',
    DATABASE_URL: options.databaseUrl,
    ...(options.maxConnections ? { DB_POOL_SIZE: String(poolSizeFor(options.maxConnections)) } : {}),
    REDIS_URL: options.redisUrl,
    JWKS_URL: localUrl(options.ports, 'directory', '/.well-known/jwks.json'),
    ...options.env,
  };
}

/** Starts every subgraph (directory first: it creates the signing key the others verify against). */
export async function startSubgraphs(options: StackOptions, processes: Launched[]): Promise<Record<string, string>> {
  for (const spec of SUBGRAPHS) await ensureServiceRoles(options.adminUrl, options.databaseName, spec.schema!);
  for (const spec of SUBGRAPHS) {
    const launched = launch(
      spec.name,
      { ...baseEnv(options), PORT: String(options.ports[spec.name]), SEED_DEMO: String(options.seedDemo) },
      { inherit: options.inheritOutput },
    );
    processes.push(launched);
    await waitForReady(localUrl(options.ports, spec.name, '/ready'), launched);
  }
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, localUrl(options.ports, s.name, '/graphql')]));
}

/** Starts every subgraph and then the gateway as real processes against one database; the shape of `pnpm start`. */
export async function runStack(options: StackOptions): Promise<RunningStack> {
  const processes: Launched[] = [];
  try {
    const subgraphUrls = await startSubgraphs(options, processes);
    const gatewayEnv = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv!, subgraphUrls[s.name]]));
    const gateway = launch(
      GATEWAY.name,
      { ...baseEnv(options), ...gatewayEnv, PORT: String(options.ports.gateway) },
      { inherit: options.inheritOutput },
    );
    processes.push(gateway);
    await waitForReady(localUrl(options.ports, 'gateway', '/health'), gateway);
    const find = (name: string) => {
      const found = processes.find((p) => p.name === name);
      if (!found) throw new Error(`No process named ${name} in this stack`);
      return found;
    };
    return {
      gatewayUrl: localUrl(options.ports, 'gateway', '/graphql'),
      subgraphUrls,
      processes,
      stop: () => stopAll(processes),
      kill: (name) => killHard(find(name)),
      async restart(name) {
        const old = find(name);
        await killHard(old);
        const again = launch(name, old.env, { inherit: options.inheritOutput });
        processes[processes.indexOf(old)] = again;
        await waitForReady(localUrl(options.ports, name, name === GATEWAY.name ? '/health' : '/ready'), again);
      },
    };
  } catch (error) {
    await stopAll(processes);
    throw error;
  }
}
