import { SUBGRAPHS } from '@trustops/launcher';

export interface GatewayConfig {
  port: number;
  production: boolean;
  jwksUrl?: string;
  jwksJson?: string;
  subgraphUrls: Record<string, string>;
  bodyLimit: string;
}

/** Subgraph addresses come from env (DIRECTORY_URL, …), defaulting to the ports `pnpm start` uses. */
export function readGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port)) throw new Error(`gateway: PORT must be a whole number, got "${env.PORT}"`);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, env[s.urlEnv!] ?? `http://127.0.0.1:${s.port}/graphql`]),
  );
  return {
    port,
    production: env.NODE_ENV === 'production',
    jwksJson: env.JWKS_JSON,
    jwksUrl: env.JWKS_JSON ? undefined : (env.JWKS_URL ?? 'http://127.0.0.1:4001/.well-known/jwks.json'),
    subgraphUrls,
    bodyLimit: env.GATEWAY_BODY_LIMIT ?? '1mb',
  };
}
