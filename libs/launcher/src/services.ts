import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface ServiceSpec {
  name: string;
  /** Database schema and role; none for the gateway. */
  schema?: string;
  port: number;
  /** Env var through which the gateway finds this subgraph. */
  urlEnv?: string;
  /**
   * The only routes the gateway's /files door forwards to this service ("METHOD path", `:uuid` for an id), so a
   * crafted path cannot reach its /graphql, /metrics or /ready past the gateway's limits.
   */
  files?: string[];
  /** Of `files`, the routes that get the browser's Cookie header and may set cookies (directory's session door). */
  cookieRoutes?: string[];
}

/** Every backend process of TrustOps, in start order: subgraphs first, then the gateway that fronts them. */
export const SUBGRAPHS: ServiceSpec[] = [
  {
    name: 'directory',
    schema: 'directory',
    port: 4001,
    urlEnv: 'DIRECTORY_URL',
    files: ['POST session/refresh', 'POST session/end', 'GET sso/start', 'GET sso/callback', 'POST roster/:uuid'],
    cookieRoutes: ['POST session/refresh', 'POST session/end', 'GET sso/start', 'GET sso/callback'],
  },
  {
    name: 'support-desk',
    schema: 'support_desk',
    port: 4002,
    urlEnv: 'SUPPORT_DESK_URL',
    files: ['POST attachments', 'GET attachments/:uuid', 'GET tickets-live'],
  },
  { name: 'change-management', schema: 'change_management', port: 4003, urlEnv: 'CHANGE_MANAGEMENT_URL' },
  { name: 'strategy-roadmap', schema: 'strategy_roadmap', port: 4004, urlEnv: 'STRATEGY_ROADMAP_URL' },
  {
    name: 'leadership-reporting',
    schema: 'leadership_reporting',
    port: 4005,
    urlEnv: 'LEADERSHIP_REPORTING_URL',
    files: ['GET board-pack', 'GET board-live'],
  },
];

export const GATEWAY: ServiceSpec = { name: 'gateway', port: 4000 };

export const appDir = (name: string) => join(REPO_ROOT, 'apps', name);
