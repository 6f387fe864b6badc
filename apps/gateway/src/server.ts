import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import express, { Request, Response } from 'express';
import {
  Actor,
  bodyErrors,
  callerOf,
  createLogger,
  createTokenVerifier,
  graphqlMetricsPlugin,
  Metrics,
  nulBytePlugin,
  sendMetrics,
} from '@trustops/service-kit';
import { GatewayConfig } from './config';
import { formatGatewayError } from './format-error';
import { filesProxy } from './files-proxy';
import { errorBody } from './kit-codes';
import { armor, parseOptions } from './limits';
import { retryAfterPlugin } from './retry-after';
import { filesHeaders, graphqlHeaders, securityHeaders } from './security-headers';
import { subgraphFetcher } from './subgraph-fetcher';

export const SUPERGRAPH_PATH = join(__dirname, '..', '..', '..', 'infra', 'supergraph.graphql');

interface GatewayContext {
  authorization?: string;
  requestId: string;
  forwardedFor: string;
  actor: Actor | null;
}

/** The one door: checks the token early, applies limits, and forwards the caller's token to every subgraph. */
export async function startGateway(
  config: GatewayConfig,
): Promise<{ server: Server; url: string; stop(): Promise<void> }> {
  const logger = createLogger('Gateway');
  const verify = createTokenVerifier(config);
  const subgraphs = subgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: config.subgraphUrls[name] ?? url,
        fetcher: subgraphs.fetcher,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          request.http?.headers.set('x-request-id', context.requestId);
          request.http?.headers.set('x-forwarded-for', context.forwardedFor);
        },
      }),
  });
  const { plugins, validationRules } = armor();
  const metrics = new Metrics('gateway');
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    plugins: [nulBytePlugin(), ...plugins, graphqlMetricsPlugin(metrics), retryAfterPlugin()],
    validationRules,
    parseOptions,
    formatError: formatGatewayError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', (req, res) => sendMetrics(metrics.registry, req.headers.authorization, res));
  app.use(
    '/graphql',
    graphqlHeaders(),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authorization = req.headers.authorization;
        const requestId =
          typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 100) : randomUUID();
        const actor = await callerOf(verify, authorization);
        return { authorization, requestId, forwardedFor: req.ip ?? 'unknown', actor };
      },
    }),
  );
  app.use('/files', filesHeaders(), filesProxy(config.subgraphUrls));
  app.use(bodyErrors);
  app.use((_req: Request, res: Response) => {
    res
      .status(404)
      .json(errorBody('NOT_FOUND', 'Nothing here: the gateway serves /graphql, /files, /health and /metrics'));
  });

  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, process.env.HOST ?? '127.0.0.1', () => resolve(s));
  });
  const port = (server.address() as { port: number }).port;
  logger.info({ port }, 'gateway listening');
  return {
    server,
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await apollo.stop();
      // Requests in flight may finish; long-lived /files streams (the live board) are cut after a short grace.
      const grace = setTimeout(() => server.closeAllConnections(), 2000);
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeIdleConnections();
      });
      clearTimeout(grace);
      await subgraphs.close();
    },
  };
}
