import { ensureServiceRoles } from '@trustops/service-kit';
import { launch, Launched, stopAll, waitForReady } from './processes';
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
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  processes: Launched[];
  stop(): Promise<void>;
}

const localUrl = (ports: Record<string, number>, name: string, path = '') => `http://127.0.0.1:${ports[name]}${path}`;

function baseEnv(options: StackOptions): Record<string, string> {
  return {
    NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : 'development',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    JWKS_URL: localUrl(options.ports, 'directory', '/.well-known/jwks.json'),
    ...options.env,
  };
}

/** Starts every subgraph (directory first: it creates the signing key the others verify against). */
export async function startSubgraphs(options: StackOptions, processes: Launched[]): Promise<Record<string, string>> {
  for (const spec of SUBGRAPHS) await ensureServiceRoles(options.adminUrl, options.databaseName, spec.schema!);
  for (const spec of SUBGRAPHS) {
    const launched = launch(spec.name, { ...baseEnv(options), PORT: String(options.ports[spec.name]), SEED_DEMO: String(options.seedDemo) },
      { inherit: options.inheritOutput });
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
    const gateway = launch(GATEWAY.name, { ...baseEnv(options), ...gatewayEnv, PORT: String(options.ports.gateway) }, { inherit: options.inheritOutput });
    processes.push(gateway);
    await waitForReady(localUrl(options.ports, 'gateway', '/health'), gateway);
    return { gatewayUrl: localUrl(options.ports, 'gateway', '/graphql'), subgraphUrls, processes, stop: () => stopAll(processes) };
  } catch (error) {
    await stopAll(processes);
    throw error;
  }
}
